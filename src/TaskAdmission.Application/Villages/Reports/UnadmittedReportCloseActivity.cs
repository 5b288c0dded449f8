using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Villages.Reports;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Villages.Reports;

/// <summary>
/// UnadmittedReportClose: closes a report and tells the village; when founded with an action, tells the department
/// the finding and action by report number only (anonymity towards the department).
/// </summary>
public sealed class UnadmittedReportCloseActivity(AppDbContext db, Notifier notifier) : IServiceActivity
{
    public const string Type = "UnadmittedReportClose";

    public async Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(context.BusinessKey, out var parsed) ? parsed
            : throw new InvalidOperationException($"instance {context.InstanceId} has no report business key");
        var report = await db.UnadmittedReports.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new InvalidOperationException($"report {id} not found for instance {context.InstanceId}");
        if (report.Status == ReportStatus.Closed)
        {
            return;
        }
        report.MoveTo(ReportStatus.Closed);
        report.Version++;
        notifier.Add(NotificationAudience.Village(report.VillageCode), NotificationKind.ReportClosed, report.Number, "/village/reports");
        if (report.Finding == ReportFinding.Founded && report.DepartmentCode is { } department)
        {
            notifier.Add(NotificationAudience.Department(department), NotificationKind.ReportClosed, report.Number, "/department/reports");
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
