using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Villages;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>Dispatch from the admitting workflow steps, on each provider.</summary>
public abstract class DispatchTests<TApp>(TApp app) where TApp : ApplicationHost
{
    private readonly VillageScenario scenario = new(app.Services);

    private Task<List<Assignment>> AssignmentsAsync(Guid submissionId) =>
        scenario.WithAsync<AppDbContext, List<Assignment>>(db => db.Assignments.AsNoTracking().Where(a => a.SubmissionId == submissionId).OrderBy(a => a.VillageCode).ToListAsync());

    [Fact]
    public async Task TownshipAdmit_DispatchesExactlyTheAdmittingTownshipsVillages_WhenTwoOfThreeAdmit()
    {
        var submission = await scenario.SubmitAsync("两镇准入走访", VillageScenario.Shiqiao, VillageScenario.Hewan, VillageScenario.Liulin);

        var shiqiao = await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
        Assert.Empty(await AssignmentsAsync(submission.Id));
        var liulin = await scenario.DecideAsync(submission.Id, VillageScenario.Liulin, DecisionKind.Admit);
        await scenario.DecideAsync(submission.Id, VillageScenario.Hewan, DecisionKind.Reject, "与街道现有工作重复");

        var reloaded = await scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.PartiallyAdmitted, reloaded.Status);
        var assignments = await AssignmentsAsync(submission.Id);
        var expected = reloaded.Villages.Where(v => v.TownshipCode is VillageScenario.Shiqiao or VillageScenario.Liulin).Select(v => v.VillageCode).Order().ToList();
        Assert.Equal(expected, assignments.Select(a => a.VillageCode).ToList());
        Assert.DoesNotContain(assignments, a => a.TownshipCode == VillageScenario.Hewan);
        Assert.All(assignments.Where(a => a.TownshipCode == VillageScenario.Shiqiao), a => Assert.Equal(shiqiao.Id, a.DecisionId));
        Assert.All(assignments.Where(a => a.TownshipCode == VillageScenario.Liulin), a => Assert.Equal(liulin.Id, a.DecisionId));
        var first = assignments[0];
        Assert.Equal(AssignmentStatus.Open, first.Status);
        Assert.Equal(2000m, first.FundingYuan);
        Assert.Equal(SupportState.Pending, first.FundingState);
        Assert.Equal(SupportState.NotPromised, first.TrainingState);
        Assert.Equal(DemandKind.FieldWork, Assert.Single(AssignmentDemands.Parse(first.DemandsJson)).Kind);
        Assert.Equal("XZ-04", Assert.Single(AssignmentListItems.Parse(first.ListItemsJson)).Code);
        Assert.True(first.DueDate >= reloaded.StartDate && first.DueDate <= reloaded.EndDate);
        var notified = await scenario.WithAsync<AppDbContext, List<string>>(db => db.Notifications
            .Where(n => n.Kind == NotificationKind.AssignmentDispatched && n.Subject == "两镇准入走访").Select(n => n.Audience).ToListAsync());
        Assert.Equal(expected.Select(NotificationAudience.Village).Order(), notified.Order());
    }

    [Fact]
    public async Task Dispatch_WaitsForTheRevision_WhenAnotherTownshipReturns()
    {
        var submission = await scenario.SubmitAsync("退回后再派发", VillageScenario.Shiqiao, VillageScenario.Liulin);
        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit);
        await scenario.DecideAsync(submission.Id, VillageScenario.Liulin, DecisionKind.Return, "请补充经费用途");

        Assert.Empty(await AssignmentsAsync(submission.Id));

        await scenario.WithAsync<TaskAdmission.Application.Admission.AdmissionService, Submission>(s => s.ResubmitAsync(submission.Id, VillageScenario.Submitter, "已补充"));
        await scenario.DecideAsync(submission.Id, VillageScenario.Liulin, DecisionKind.Admit);

        var reloaded = await scenario.ReloadAsync(submission.Id);
        Assert.Equal(reloaded.Villages.Select(v => v.VillageCode).Order(), (await AssignmentsAsync(submission.Id)).Select(a => a.VillageCode));
    }

    [Fact]
    public async Task EmergencyAdmission_DispatchesAtOnce_AndPostReviewRevocationCancelsThatTownshipsOpenWork()
    {
        var submission = await scenario.SubmitEmergencyAsync("汛期受灾老人核查", VillageScenario.Shiqiao, VillageScenario.Liulin);
        var assignments = await AssignmentsAsync(submission.Id);
        Assert.Equal(SubmissionStatus.EmergencyAdmitted, (await scenario.ReloadAsync(submission.Id)).Status);
        Assert.NotEmpty(assignments);
        Assert.All(assignments, a => Assert.True(a.Emergency));

        await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.PostReviewConfirmed, "确属突发");
        await scenario.DecideAsync(submission.Id, VillageScenario.Liulin, DecisionKind.PostReviewRevoked, "本镇未受灾");

        var after = await AssignmentsAsync(submission.Id);
        Assert.All(after.Where(a => a.TownshipCode == VillageScenario.Liulin), a => Assert.Equal(AssignmentStatus.Cancelled, a.Status));
        Assert.All(after.Where(a => a.TownshipCode == VillageScenario.Shiqiao), a => Assert.Equal(AssignmentStatus.Open, a.Status));
    }

    [Fact]
    public async Task Dispatch_ReachesAllFiftyDemoVillages_WhenEveryTownshipAdmits()
    {
        var townships = await scenario.WithAsync<AppDbContext, List<string>>(db => db.OrgUnits
            .Where(u => u.Kind == Core.Organisation.OrgUnitKind.Township || u.Kind == Core.Organisation.OrgUnitKind.Street).Select(u => u.Code).ToListAsync());
        var villages = await scenario.WithAsync<AppDbContext, int>(db => db.OrgUnits
            .CountAsync(u => u.Kind == Core.Organisation.OrgUnitKind.Village || u.Kind == Core.Organisation.OrgUnitKind.Community));
        Assert.Equal(50, villages);

        var submission = await scenario.AdmittedAsync("全市五十个村", [.. townships]);

        var assignments = await AssignmentsAsync(submission.Id);
        Assert.Equal(50, assignments.Select(a => a.VillageCode).Distinct().Count());
        Assert.Equal(SubmissionStatus.Admitted, (await scenario.ReloadAsync(submission.Id)).Status);
    }
}

public sealed class SqliteDispatchTests(SqliteApplicationHost app) : DispatchTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresDispatchTests(PostgresApplicationHost app) : DispatchTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;
