using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Revocations;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>The village's inbox and commands, its isolation from other villages, revocation and exit, on each provider.</summary>
public abstract class VillageWorkTests<TApp>(TApp app) where TApp : ApplicationHost
{
    private readonly VillageScenario scenario = new(app.Services);
    private static readonly Actor Shiqiao = VillageScenario.Village(VillageScenario.ShiqiaoVillage);
    private static readonly Actor Bailin = VillageScenario.Village(VillageScenario.BailinVillage, "village2");

    private async Task<Guid> AssignmentOfAsync(Guid submissionId, string village) =>
        await scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments.Where(a => a.SubmissionId == submissionId && a.VillageCode == village).Select(a => a.Id).SingleAsync());

    private static async Task<RefusalException> RefusedAsync(Func<Task> action) => await Assert.ThrowsAsync<RefusalException>(action);

    [Fact]
    public async Task Village_AcknowledgesReportsAndCompletes_WithoutAFile()
    {
        var submission = await scenario.AdmittedAsync("村务走访甲", VillageScenario.Shiqiao);
        var id = await AssignmentOfAsync(submission.Id, VillageScenario.ShiqiaoVillage);

        var inbox = await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(Shiqiao));
        var view = Assert.Single(inbox.SelectMany(g => g.Assignments), a => a.Id == id);
        Assert.Equal(DecisionKind.Admit, view.Decision.Kind);
        Assert.Equal("石桥镇", view.Decision.OrgUnitNameZh);
        Assert.Equal("Shiqiao Town", view.Decision.OrgUnitNameEn);
        Assert.Equal("市民政局", view.DepartmentNameZh);

        await scenario.WithAsync<VillageWorkService, int>(async w => { await w.AcknowledgeAsync(id, Shiqiao); return 0; });
        await scenario.WithAsync<VillageWorkService, ProgressReport>(w => w.ReportProgressAsync(id, Shiqiao, "已走访 12 户", null));
        await scenario.WithAsync<VillageWorkService, int>(async w => { await w.ConfirmSupportAsync(id, Shiqiao, SupportKind.Funding, arrived: true); return 0; });
        await scenario.WithAsync<VillageWorkService, int>(async w => { await w.CompleteAsync(id, Shiqiao, null, null); return 0; });

        var done = Assert.Single(await scenario.WithAsync<VillageInboxService, List<AssignmentView>>(i => i.DoneAsync(Shiqiao)), a => a.Id == id);
        Assert.Equal(AssignmentStatus.Done, done.Status);
        Assert.Equal(SupportState.Arrived, done.Support.Funding);
        Assert.DoesNotContain((await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(Shiqiao))).SelectMany(g => g.Assignments), a => a.Id == id);
        var progress = await scenario.WithAsync<VillageInboxService, List<ProgressReport>>(i => i.ProgressAsync(id, Shiqiao));
        Assert.Equal("已走访 12 户", Assert.Single(progress).Text);
    }

    [Fact]
    public async Task Check_FindsAdmittedWork_ByDescriptionAndByTheNameOfADemand_EveryWordMustMatch()
    {
        var submission = await scenario.AdmittedAsync("防汛值守安排", VillageScenario.Shiqiao);
        var id = await AssignmentOfAsync(submission.Id, VillageScenario.ShiqiaoVillage);
        Task<List<AssignmentView>> Search(string q) => scenario.WithAsync<VillageInboxService, List<AssignmentView>>(i => i.SearchAsync(Shiqiao, null, q));

        // 关爱服务记录 is only in the submission's description; 现场工作 only in the name of its demand (FieldWork).
        Assert.Contains(await Search("防汛值守 关爱服务记录"), a => a.Id == id);
        Assert.Contains(await Search("防汛值守、现场工作"), a => a.Id == id);
        Assert.Contains(await Search("防汛值守 field work"), a => a.Id == id);
        // Every word must match; a demand kind it does not carry does not match.
        Assert.DoesNotContain(await Search("防汛值守 台账"), a => a.Id == id);
        Assert.DoesNotContain(await Search("防汛值守 出租屋"), a => a.Id == id);
    }

    [Fact]
    public async Task OtherVillage_CannotReadOrTouchAnAssignment_ByIdListSearchExportOrFile()
    {
        var submission = await scenario.AdmittedAsync("村务走访乙", VillageScenario.Shiqiao);
        var id = await AssignmentOfAsync(submission.Id, VillageScenario.ShiqiaoVillage);
        var report = await scenario.WithAsync<VillageWorkService, ProgressReport>(w => w.ReportProgressAsync(id, Shiqiao, "附上走访表",
            new FileUpload("走访表.pdf", "%PDF-1.4 test"u8.ToArray())));

        Assert.Null(await scenario.WithAsync<VillageInboxService, AssignmentView?>(i => i.GetAsync(id, Bailin)));
        Assert.DoesNotContain((await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(Bailin))).SelectMany(g => g.Assignments), a => a.Id == id);
        Assert.DoesNotContain(await scenario.WithAsync<VillageInboxService, List<AssignmentView>>(i => i.SearchAsync(Bailin, null, "村务走访乙")), a => a.Id == id);
        Assert.DoesNotContain(await scenario.WithAsync<VillageInboxService, List<AssignmentView>>(i => i.ExportAsync(Bailin)), a => a.Id == id);
        Assert.Empty(await scenario.WithAsync<VillageInboxService, List<ProgressReport>>(i => i.ProgressAsync(id, Bailin)));
        Assert.Null(await scenario.WithAsync<VillageFileService, VillageFile?>(f => f.OpenAsync(report.FileId!.Value, Bailin)));
        Assert.NotNull(await scenario.WithAsync<VillageFileService, VillageFile?>(f => f.OpenAsync(report.FileId!.Value, Shiqiao)));
        Assert.Null(await scenario.WithAsync<VillageFileService, VillageFile?>(f => f.OpenAsync(report.FileId!.Value, VillageScenario.Submitter)));
        Assert.Equal(RefusalKind.NotFound, (await RefusedAsync(() => scenario.WithAsync<VillageWorkService, int>(async w => { await w.AcknowledgeAsync(id, Bailin); return 0; }))).Kind);
        Assert.Equal(RefusalKind.NotFound, (await RefusedAsync(() => scenario.WithAsync<VillageWorkService, ProgressReport>(w => w.ReportProgressAsync(id, Bailin, "x", null)))).Kind);
        Assert.Equal(RefusalKind.NotFound, (await RefusedAsync(() => scenario.WithAsync<VillageWorkService, int>(async w => { await w.CompleteAsync(id, Bailin, null, null); return 0; }))).Kind);
        // A department or township user is not a village: the village gate shows them nothing either.
        Assert.Null(await scenario.WithAsync<VillageInboxService, AssignmentView?>(i => i.GetAsync(id, VillageScenario.Submitter)));
        Assert.Null(await scenario.WithAsync<VillageInboxService, AssignmentView?>(i => i.GetAsync(id, VillageScenario.Township(VillageScenario.Shiqiao))));
    }

    [Fact]
    public async Task Inbox_ShowsNothingUnadmitted_EvenWhenAnAssignmentRowExists()
    {
        var submission = await scenario.AdmittedAsync("准入闸门测试", VillageScenario.Shiqiao);
        var id = await AssignmentOfAsync(submission.Id, VillageScenario.ShiqiaoVillage);
        Assert.NotNull(await scenario.WithAsync<VillageInboxService, AssignmentView?>(i => i.GetAsync(id, Shiqiao)));

        // The village row is not admitted (e.g. data repaired by hand): the assignment must vanish.
        await scenario.WithAsync<AppDbContext, int>(db => db.SubmissionVillages.Where(v => v.SubmissionId == submission.Id && v.VillageCode == VillageScenario.ShiqiaoVillage)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Admitted, false)));
        Assert.Null(await scenario.WithAsync<VillageInboxService, AssignmentView?>(i => i.GetAsync(id, Shiqiao)));
        Assert.DoesNotContain(await scenario.WithAsync<VillageInboxService, List<AssignmentView>>(i => i.ExportAsync(Shiqiao)), a => a.Id == id);

        // The village row is admitted but the submission is not in an admitted status: still nothing.
        await scenario.WithAsync<AppDbContext, int>(db => db.SubmissionVillages.Where(v => v.SubmissionId == submission.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Admitted, true)));
        foreach (var status in Enum.GetValues<SubmissionStatus>().Where(s => !AdmittedWork.IsAdmitted(s)))
        {
            await scenario.WithAsync<AppDbContext, int>(db => db.Submissions.Where(s => s.Id == submission.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, status)));
            Assert.Null(await scenario.WithAsync<VillageInboxService, AssignmentView?>(i => i.GetAsync(id, Shiqiao)));
            Assert.DoesNotContain((await scenario.WithAsync<VillageInboxService, IReadOnlyList<DueGroup>>(i => i.OpenAsync(Shiqiao))).SelectMany(g => g.Assignments), a => a.Id == id);
            Assert.DoesNotContain(await scenario.WithAsync<VillageInboxService, List<AssignmentView>>(i => i.SearchAsync(Shiqiao, null, "准入闸门")), a => a.Id == id);
        }
    }

    [Fact]
    public async Task Revoke_CancelsExactlyTheOpenAssignments_AndRecordsTheDecision()
    {
        var submission = await scenario.AdmittedAsync("撤销测试", VillageScenario.Shiqiao, VillageScenario.Liulin);
        var all = await scenario.WithAsync<AppDbContext, List<Assignment>>(db => db.Assignments.AsNoTracking().Where(a => a.SubmissionId == submission.Id).ToListAsync());
        var done = all.Single(a => a.VillageCode == VillageScenario.ShiqiaoVillage);
        var acknowledged = all.Single(a => a.VillageCode == VillageScenario.BailinVillage);
        await scenario.WithAsync<VillageWorkService, int>(async w => { await w.CompleteAsync(done.Id, Shiqiao, "已完成", null); return 0; });
        await scenario.WithAsync<VillageWorkService, int>(async w => { await w.AcknowledgeAsync(acknowledged.Id, Bailin); return 0; });

        var revocation = await scenario.WithAsync<RevocationService, Revocation>(r =>
            r.RevokeAsync(submission.Id, RevocationReason.VillagersDoNotAccept, "村民代表会议不同意", VillageScenario.Township(VillageScenario.Shiqiao)));

        var after = await scenario.WithAsync<AppDbContext, List<Assignment>>(db => db.Assignments.AsNoTracking().Where(a => a.SubmissionId == submission.Id).ToListAsync());
        var shiqiaoOpen = all.Count(a => a.TownshipCode == VillageScenario.Shiqiao) - 1;
        Assert.Equal(shiqiaoOpen, revocation.CancelledAssignments);
        Assert.All(after.Where(a => a.TownshipCode == VillageScenario.Shiqiao && a.Id != done.Id), a => Assert.Equal(AssignmentStatus.Cancelled, a.Status));
        Assert.Equal(AssignmentStatus.Done, after.Single(a => a.Id == done.Id).Status);
        Assert.All(after.Where(a => a.TownshipCode == VillageScenario.Liulin), a => Assert.Equal(AssignmentStatus.Open, a.Status));
        var reloaded = await scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.PartiallyAdmitted, reloaded.Status);
        var decision = Assert.Single(reloaded.Decisions, d => d.Kind == DecisionKind.Revoked);
        Assert.Equal(VillageScenario.Shiqiao, decision.OrgUnitCode);
        Assert.Equal("村民代表会议不同意", decision.Reason);
        var told = await scenario.WithAsync<AppDbContext, int>(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.Revoked && n.Subject == "撤销测试" && n.Audience.StartsWith("village:")));
        Assert.Equal(shiqiaoOpen, told);
        Assert.Null(await scenario.WithAsync<VillageInboxService, AssignmentView?>(i => i.GetAsync(done.Id, Shiqiao)));

        // Revoking needs a reason, and a township cannot reach another township's villages.
        Assert.Equal(RefusalKind.Invalid, (await RefusedAsync(() => scenario.WithAsync<RevocationService, Revocation>(r =>
            r.RevokeAsync(submission.Id, RevocationReason.Expired, " ", VillageScenario.Township(VillageScenario.Liulin))))).Kind);
        Assert.Equal(RefusalKind.NotFound, (await RefusedAsync(() => scenario.WithAsync<RevocationService, Revocation>(r =>
            r.RevokeAsync(submission.Id, RevocationReason.Expired, "到期", VillageScenario.Township(VillageScenario.Hewan))))).Kind);
    }

    [Fact]
    public async Task ExitRequest_Approved_RevokesForThatVillageOnly()
    {
        var submission = await scenario.AdmittedAsync("退出测试", VillageScenario.Shiqiao);
        var id = await AssignmentOfAsync(submission.Id, VillageScenario.ShiqiaoVillage);
        var other = await AssignmentOfAsync(submission.Id, VillageScenario.BailinVillage);

        var request = await scenario.WithAsync<VillageWorkService, ExitRequest>(w => w.RequestExitAsync(id, Shiqiao, RevocationReason.Duplicate, "与网格员走访重复"));
        Assert.Equal(RefusalKind.Conflict, (await RefusedAsync(() => scenario.WithAsync<VillageWorkService, ExitRequest>(w => w.RequestExitAsync(id, Shiqiao, RevocationReason.Duplicate, "again")))).Kind);
        var queue = await scenario.WithAsync<RevocationService, List<ExitRequestView>>(r => r.ExitRequestsAsync(VillageScenario.Township(VillageScenario.Shiqiao)));
        Assert.Contains(queue, q => q.Id == request.Id && q.Status == ExitRequestStatus.Pending);
        Assert.Empty(await scenario.WithAsync<RevocationService, List<ExitRequestView>>(r => r.ExitRequestsAsync(VillageScenario.Township(VillageScenario.Liulin))));

        await scenario.WithAsync<RevocationService, int>(async r => { await r.DecideExitAsync(request.Id, approve: true, null, VillageScenario.Township(VillageScenario.Shiqiao)); return 0; });

        var assignments = await scenario.WithAsync<AppDbContext, List<Assignment>>(db => db.Assignments.AsNoTracking().Where(a => a.SubmissionId == submission.Id).ToListAsync());
        Assert.Equal(AssignmentStatus.Cancelled, assignments.Single(a => a.Id == id).Status);
        Assert.Equal(AssignmentStatus.Open, assignments.Single(a => a.Id == other).Status);
        var reloaded = await scenario.ReloadAsync(submission.Id);
        Assert.Equal(SubmissionStatus.PartiallyAdmitted, reloaded.Status);
        Assert.False(reloaded.Villages.Single(v => v.VillageCode == VillageScenario.ShiqiaoVillage).Admitted);
        var revocation = await scenario.WithAsync<AppDbContext, Revocation>(db => db.Revocations.SingleAsync(r => r.ExitRequestId == request.Id));
        Assert.Equal(VillageScenario.ShiqiaoVillage, revocation.VillageCode);
        Assert.Equal(RevocationReason.Duplicate, revocation.Reason);
    }

    [Fact]
    public async Task Notifications_CountUnreadPerPerson_AndMarkRead()
    {
        var submission = await scenario.AdmittedAsync("通知测试", VillageScenario.Shiqiao);
        var reader = Bailin with { UserName = "bailin-reader" };
        var before = await scenario.WithAsync<NotificationService, int>(s => s.UnreadCountAsync(reader));
        Assert.True(before >= 1);
        var list = await scenario.WithAsync<NotificationService, List<NotificationView>>(s => s.ListAsync(reader));
        Assert.Contains(list, n => n.Kind == NotificationKind.AssignmentDispatched && n.Subject == "通知测试");

        await scenario.WithAsync<NotificationService, int>(s => s.MarkReadAsync(reader));

        Assert.Equal(0, await scenario.WithAsync<NotificationService, int>(s => s.UnreadCountAsync(reader)));
        Assert.Equal(before, await scenario.WithAsync<NotificationService, int>(s => s.UnreadCountAsync(reader with { UserName = "another-member" })));
    }
}

public sealed class SqliteVillageWorkTests(SqliteApplicationHost app) : VillageWorkTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresVillageWorkTests(PostgresApplicationHost app) : VillageWorkTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;
