using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages;
using TaskAdmission.Application.Villages.Reports;
using TaskAdmission.Application.Villages.Supervision;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;
using TaskAdmission.Core.Villages.Reports;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Villages;

/// <summary>Reports of unadmitted work through their workflow, anonymity towards the department, and the support check.</summary>
public abstract class ReportAndSupportTests<TApp>(TApp app) where TApp : ApplicationHost
{
    private readonly VillageScenario scenario = new(app.Services);
    private static readonly Actor Shiqiao = VillageScenario.Village(VillageScenario.ShiqiaoVillage);
    private static readonly Actor Department = new("gaheadsys", AppRoles.DepartmentSubmitter, "CITY-GA", null);

    [Fact]
    public async Task Report_GoesThroughTriageFindingAndAction_AndTheDepartmentNeverLearnsTheVillage()
    {
        var today = await scenario.TodayAsync();
        var report = await scenario.WithAsync<UnadmittedReportService, UnadmittedReport>(s => s.SubmitAsync(new ReportInput(
            "CITY-GA", null, "电话要求每周上报辖区出租屋台账", ReportChannel.Phone, today.AddDays(-2),
            new FileUpload("通话记录.pdf", "%PDF-1.4 call log"u8.ToArray())), Shiqiao));
        var supervisor = VillageScenario.Supervisor();

        var cases = await scenario.WithAsync<UnadmittedReportService, List<ReportView>>(s => s.CasesAsync(supervisor));
        var seen = Assert.Single(cases, c => c.Id == report.Id);
        Assert.Equal("石桥村", seen.VillageNameZh);
        Assert.Equal("Triage", seen.OpenStep);
        Assert.NotNull(await scenario.WithAsync<VillageFileService, VillageFile?>(f => f.OpenAsync(report.EvidenceFileId!.Value, supervisor)));
        Assert.Null(await scenario.WithAsync<VillageFileService, VillageFile?>(f => f.OpenAsync(report.EvidenceFileId!.Value, Department)));
        Assert.Null(await scenario.WithAsync<VillageFileService, VillageFile?>(f => f.OpenAsync(report.EvidenceFileId!.Value, VillageScenario.Township(VillageScenario.Shiqiao))));

        // The finding needs a reason; the triage cannot be skipped.
        await Assert.ThrowsAsync<RefusalException>(() => scenario.WithAsync<UnadmittedReportService, int>(async s => { await s.FindAsync(report.Id, true, "属实", supervisor); return 0; }));
        await scenario.WithAsync<UnadmittedReportService, int>(async s => { await s.TriageAsync(report.Id, true, null, supervisor); return 0; });
        await scenario.WithAsync<UnadmittedReportService, int>(async s => { await s.FindAsync(report.Id, true, "经核实,该局未经准入要求村里报台账", supervisor); return 0; });
        await scenario.WithAsync<UnadmittedReportService, int>(async s => { await s.ActAsync(report.Id, DepartmentActionKind.Letter, "已向市公安局致函", supervisor); return 0; });

        var closed = await scenario.WithAsync<UnadmittedReportService, ReportView?>(s => s.CaseAsync(report.Id, supervisor));
        Assert.Equal(ReportStatus.Closed, closed!.Status);
        Assert.Equal(ReportFinding.Founded, closed.Finding);
        Assert.Equal(DepartmentActionKind.Letter, closed.Action);
        var mine = Assert.Single(await scenario.WithAsync<UnadmittedReportService, List<ReportView>>(s => s.ForVillageAsync(Shiqiao)), r => r.Id == report.Id);
        Assert.Equal(ReportStatus.Closed, mine.Status);

        var departmentView = await scenario.WithAsync<UnadmittedReportService, List<DepartmentReportView>>(s => s.ForDepartmentAsync(Department));
        var entry = Assert.Single(departmentView, r => r.Number == report.Number);
        Assert.Null(entry.NamedVillage);
        var json = JsonSerializer.Serialize(departmentView);
        Assert.DoesNotContain(VillageScenario.ShiqiaoVillage, json);
        Assert.DoesNotContain("石桥", json);
        Assert.DoesNotContain(VillageScenario.Shiqiao, json);
        Assert.DoesNotContain("\"village", json, StringComparison.OrdinalIgnoreCase);
        var told = await scenario.WithAsync<NotificationService, List<NotificationView>>(s => s.ListAsync(Department));
        var notice = Assert.Single(told, n => n.Kind == NotificationKind.ReportClosed);
        Assert.Equal(report.Number, notice.Subject);
        Assert.DoesNotContain("990100100", notice.Link);

        // Other villages and other departments see nothing of it.
        Assert.DoesNotContain(await scenario.WithAsync<UnadmittedReportService, List<ReportView>>(s => s.ForVillageAsync(VillageScenario.Village(VillageScenario.BailinVillage))), r => r.Id == report.Id);
        Assert.Empty(await scenario.WithAsync<UnadmittedReportService, List<DepartmentReportView>>(s => s.ForDepartmentAsync(VillageScenario.Submitter)));
        Assert.Empty(await scenario.WithAsync<UnadmittedReportService, List<ReportView>>(s => s.CasesAsync(VillageScenario.Supervisor("990200000000"))));

        var record = await scenario.WithAsync<UnadmittedReportService, List<DepartmentRecord>>(s => s.DepartmentRecordsAsync(supervisor, DateTime.UtcNow));
        var ga = Assert.Single(record, r => r.DepartmentCode == "CITY-GA");
        Assert.Equal(1, ga.ReportsFounded);
        Assert.Equal(1, ga.Letters);
    }

    [Fact]
    public async Task SupportCheck_FlagsUnconfirmedSupportOnce_AfterTheConfiguredWorkingDays()
    {
        var submission = await scenario.AdmittedAsync("经费跟踪测试", VillageScenario.Shiqiao);
        var ids = await scenario.WithAsync<AppDbContext, List<Guid>>(db => db.Assignments.Where(a => a.SubmissionId == submission.Id).Select(a => a.Id).ToListAsync());
        var confirmed = await scenario.WithAsync<AppDbContext, Guid>(db => db.Assignments.Where(a => a.SubmissionId == submission.Id && a.VillageCode == VillageScenario.ShiqiaoVillage).Select(a => a.Id).SingleAsync());
        await scenario.WithAsync<VillageWorkService, int>(async w => { await w.ConfirmSupportAsync(confirmed, Shiqiao, SupportKind.Funding, arrived: true); return 0; });
        var township = VillageScenario.Township(VillageScenario.Shiqiao);
        Assert.Equal(0, (await scenario.WithAsync<SupervisionService, List<AreaSubmission>>(a => a.SubmissionsAsync(township))).Single(s => s.Id == submission.Id).SupportFlagged);

        // Forty calendar days ago is more than twenty working days ago, whatever the holidays.
        await scenario.WithAsync<AppDbContext, int>(db => db.Assignments.Where(a => ids.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DispatchedAtUtc, DateTime.UtcNow.AddDays(-40))));

        var first = await scenario.WithAsync<VillageChecksService, (int Flagged, int Reminded)>(c => c.RunOnceAsync());
        var second = await scenario.WithAsync<VillageChecksService, (int Flagged, int Reminded)>(c => c.RunOnceAsync());

        Assert.True(first.Flagged >= ids.Count - 1);
        Assert.Equal(0, second.Flagged);
        var summary = (await scenario.WithAsync<SupervisionService, List<AreaSubmission>>(a => a.SubmissionsAsync(township))).Single(s => s.Id == submission.Id);
        Assert.Equal(ids.Count - 1, summary.SupportFlagged);
        var notices = await scenario.WithAsync<AppDbContext, List<Notification>>(db => db.Notifications
            .Where(n => n.Kind == NotificationKind.SupportFlagged && n.Link == $"/dispatch/{submission.Id}").ToListAsync());
        Assert.Contains(notices, n => n.Audience == NotificationAudience.Township(VillageScenario.Shiqiao));
        Assert.Contains(notices, n => n.Audience == NotificationAudience.Supervisor(VillageScenario.Qingshan));
        Assert.Equal(2, notices.Count);
    }
}

public sealed class SqliteReportAndSupportTests(SqliteApplicationHost app) : ReportAndSupportTests<SqliteApplicationHost>(app), IClassFixture<SqliteApplicationHost>;

public sealed class PostgresReportAndSupportTests(PostgresApplicationHost app) : ReportAndSupportTests<PostgresApplicationHost>(app), IClassFixture<PostgresApplicationHost>;
