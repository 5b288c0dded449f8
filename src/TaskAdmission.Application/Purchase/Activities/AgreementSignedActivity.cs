using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Purchase.Activities;

/// <summary>PurchaseAgreementSigned: tells the provider that delivery begins (a village committee in its inbox; integrations through the outbox).</summary>
public sealed class AgreementSignedActivity(AppDbContext db, Notifier notifier) : IServiceActivity
{
    public const string Type = "PurchaseAgreementSigned";

    public async Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(context.BusinessKey ?? throw new InvalidOperationException($"instance {context.InstanceId} has no case business key"));
        var c = await db.PurchaseCases.AsNoTracking().FirstAsync(x => x.Id == id, cancellationToken);
        var village = await db.PurchaseProviders.AsNoTracking().Where(p => p.Id == c.ProviderId).Select(p => p.VillageCode).FirstOrDefaultAsync(cancellationToken);
        if (village is not null)
        {
            notifier.Add(NotificationAudience.Village(village), NotificationKind.PurchaseAgreementSigned, c.Title, $"/village/purchase/{c.Id}");
        }
        context.EnqueueOutbox("PurchaseAgreementSigned", new { caseId = c.Id, c.Number, c.AgreementNumber, c.DepartmentCode, contractFen = c.ContractFen });
    }
}
