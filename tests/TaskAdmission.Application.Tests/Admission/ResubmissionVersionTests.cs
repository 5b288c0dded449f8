using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Revisions;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Admission;

/// <summary>
/// A returned submission is edited in place; the versions a township returned and each resubmission (with its
/// 修改说明) are kept, numbered, immutable and visible only to whoever may see the submission.
/// </summary>
public abstract class ResubmissionVersionTests<TApp>(TApp app) where TApp : ApplicationHost
{
    private const string Shiqiao = "990100100000";
    private const string Liulin = "990100300000";
    private static readonly Actor Submitter = new("submitter", AppRoles.DepartmentSubmitter, "CITY-MZ", null);
    private static readonly Actor Approver = new($"approver-{Shiqiao}", AppRoles.TownshipApprover, null, Shiqiao);

    private Task<T> WithServiceAsync<T>(Func<AdmissionService, AppDbContext, Task<T>> action) =>
        app.WithScopeAsync(services => action(services.GetRequiredService<AdmissionService>(), services.GetRequiredService<AppDbContext>()));

    private static SubmissionInput Elderly(DateOnly today, string title = "农村留守老人关爱走访", int visits = 1)
    {
        var input = VillageScenario.Input(today, title, [Shiqiao]);
        return input with { Request = input.Request with { Demands = [new DemandRequest(DemandKind.FieldWork, visits, DemandPeriod.Quarter)] } };
    }

    private async Task<(Submission Submission, DateOnly Today)> ReturnedAsync()
    {
        var today = await WithServiceAsync((s, _) => Task.FromResult(s.Today));
        var submission = await WithServiceAsync((s, _) => s.CreateAsync(Elderly(today), Submitter, start: true));
        await ReturnAsync(submission.Id);
        return (submission, today);
    }

    private async Task ReturnAsync(Guid id)
    {
        var task = (await WithServiceAsync((s, _) => s.ReviewTasksAsync(Approver))).Single(t => t.BusinessKey == id.ToString()).Id;
        await WithServiceAsync((s, _) => s.DecideAsync(task, DecisionKind.Return, "请写明经费拨付时间", Approver));
    }

    private Task<List<SubmissionVersion>> StoredVersionsAsync(Guid id) =>
        WithServiceAsync((_, db) => db.SubmissionVersions.AsNoTracking().Where(v => v.SubmissionId == id).OrderBy(v => v.Number).ToListAsync());

    [Fact]
    public async Task Resubmit_KeepsTheReturnedVersionAndTheNewOne_NumberedPerRound()
    {
        var (submission, today) = await ReturnedAsync();
        var first = Assert.Single(await StoredVersionsAsync(submission.Id));
        Assert.Equal((1, null, "农村留守老人关爱走访"), (first.Number, first.ChangeNote, first.Content.Title));

        await WithServiceAsync((s, _) => s.ResubmitAsync(submission.Id, Submitter, "标题写明经费次月拨付", Elderly(today, "农村留守老人关爱走访（经费次月拨付）", visits: 2)));
        await ReturnAsync(submission.Id);
        await WithServiceAsync((s, _) => s.ResubmitAsync(submission.Id, Submitter, "走访改为每季度一次", Elderly(today, "农村留守老人关爱走访（经费次月拨付）")));

        var versions = await WithServiceAsync((s, _) => s.VersionsAsync(submission.Id, Approver));
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal([null, "标题写明经费次月拨付", "走访改为每季度一次"], versions.Select(v => v.ChangeNote));
        Assert.Equal([1, 2, 1], versions.Select(v => v.Content.Demands.Single().Count));
        Assert.Equal("农村留守老人关爱走访", versions[0].Content.Title);
        Assert.All(versions.Skip(1), v => Assert.Equal(Submitter.UserName, v.CreatedBy));
        var audited = await WithServiceAsync((_, db) => db.AuditEntries.Where(a => a.Action == "submission.resubmit" && a.Subject == $"submission:{submission.Number}").Select(a => a.Details).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.Contains(audited, d => d!.Contains("version=3", StringComparison.Ordinal) && d.Contains("走访改为每季度一次", StringComparison.Ordinal));
        var reloaded = await WithServiceAsync((s, _) => s.GetAsync(submission.Id, Submitter));
        Assert.Equal(SubmissionStatus.InReview, reloaded!.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Resubmit_IsRefusedAndWritesNothing_WithoutAChangeNote(string? note)
    {
        var (submission, today) = await ReturnedAsync();

        var refusal = await Assert.ThrowsAsync<RefusalException>(() =>
            WithServiceAsync((s, _) => s.ResubmitAsync(submission.Id, Submitter, note, Elderly(today, "改过的标题"))));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        var problem = Assert.IsType<FieldProblem>(Assert.Single(refusal.Problems));
        Assert.Equal((ChangeNoteRules.Field, "ChangeNoteRequired"), (problem.Field, problem.Code));
        Assert.Single(await StoredVersionsAsync(submission.Id));
        var unchanged = await WithServiceAsync((s, _) => s.GetAsync(submission.Id, Submitter));
        Assert.Equal((SubmissionStatus.Returned, "农村留守老人关爱走访"), (unchanged!.Status, unchanged.Title));
    }

    [Fact]
    public async Task Resubmit_IsRefused_WhenTheChangeNoteIsTooLong()
    {
        var (submission, _) = await ReturnedAsync();

        var refusal = await Assert.ThrowsAsync<RefusalException>(() =>
            WithServiceAsync((s, _) => s.ResubmitAsync(submission.Id, Submitter, new string('改', SubmissionVersion.ChangeNoteMax + 1))));

        Assert.Equal("TooLong", Assert.IsType<FieldProblem>(Assert.Single(refusal.Problems)).Code);
        Assert.Single(await StoredVersionsAsync(submission.Id));
    }

    [Fact]
    public async Task Resubmit_OneWins_WhenTheSameVersionIsSentTwiceAtOnce()
    {
        var (submission, today) = await ReturnedAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() =>
            Refusals.CatchAsync(() => WithServiceAsync((s, _) => s.ResubmitAsync(submission.Id, Submitter, $"第{i}次点击", Elderly(today, "农村留守老人关爱走访（修改）")))))));

        Assert.Single(results, r => r is null);
        var loser = Assert.Single(results, r => r is not null)!;
        Assert.Equal((RefusalKind.Conflict, "AlreadyResubmitted"), (loser.Kind, ((FieldProblem)loser.Problems[0]).Code));
        Assert.Equal([1, 2], (await StoredVersionsAsync(submission.Id)).Select(v => v.Number));
        Assert.Equal(1, await WithServiceAsync((_, db) => db.AuditEntries.CountAsync(a => a.Action == "submission.resubmit" && a.Subject == $"submission:{submission.Number}")));

        var again = await Refusals.CatchAsync(() => WithServiceAsync((s, _) => s.ResubmitAsync(submission.Id, Submitter, "再点一次")));
        Assert.Equal("AlreadyResubmitted", ((FieldProblem)again!.Problems[0]).Code);
    }

    [Fact]
    public async Task Versions_AreHidden_FromOtherDepartmentsVillagesAndTownshipsOutsideTheTargets()
    {
        var (submission, _) = await ReturnedAsync();
        Actor[] strangers =
        [
            new("other", AppRoles.DepartmentSubmitter, "CITY-GA", null),
            new("village", AppRoles.VillageCommittee, null, "990100100001"),
            new($"approver-{Liulin}", AppRoles.TownshipApprover, null, Liulin),
        ];

        foreach (var stranger in strangers)
        {
            var refusal = await Assert.ThrowsAsync<RefusalException>(() => WithServiceAsync((s, _) => s.VersionsAsync(submission.Id, stranger)));
            Assert.Equal(RefusalKind.NotFound, refusal.Kind);
        }
        Assert.Single(await WithServiceAsync((s, _) => s.VersionsAsync(submission.Id, Submitter)));
    }
}

public sealed class SqliteResubmissionVersionTests(SqliteApplicationHost app) : ResubmissionVersionTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresResubmissionVersionTests(PostgresApplicationHost app) : ResubmissionVersionTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;
