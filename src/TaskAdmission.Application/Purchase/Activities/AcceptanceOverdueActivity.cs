using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Purchase.Activities;

/// <summary>PurchaseAcceptanceOverdue: the acceptance waited 10 working days; the department is told (the task stays open).</summary>
public sealed class AcceptanceOverdueActivity(AppDbContext db, Notifier notifier) : IServiceActivity
{
    public const string Type = "PurchaseAcceptanceOverdue";

    public async Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(context.BusinessKey ?? throw new InvalidOperationException($"instance {context.InstanceId} has no case business key"));
        var c = await db.PurchaseCases.AsNoTracking().FirstAsync(x => x.Id == id, cancellationToken);
        notifier.Add(NotificationAudience.Department(c.DepartmentCode), NotificationKind.PurchaseAcceptanceOverdue, c.Title, $"/purchase/cases/{c.Id}");
        // A timer runs this outside any request: the notification commits with the engine's step.
        await Task.CompletedTask;
    }
}
