using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Notifications;

/// <summary>Hands undelivered notifications to every <see cref="INotificationChannel"/> in batches and marks them delivered.</summary>
public sealed class NotificationDeliveryWorker(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<NotificationDeliveryWorker> log)
    : PollingBackgroundService(scopes, clock, log)
{
    public const int BatchSize = 500;

    protected override bool Enabled => options.Value.DeliveryIntervalSeconds > 0;

    protected override TimeSpan PollInterval => TimeSpan.FromSeconds(options.Value.DeliveryIntervalSeconds);

    protected override bool PollAtStart => false;

    protected override async Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken) =>
        await DeliverBatchAsync(services, Time, stoppingToken) == BatchSize;

    /// <summary>Delivers one batch (oldest first); returns how many were looked at.</summary>
    public static async Task<int> DeliverBatchAsync(IServiceProvider services, TimeProvider clock, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var channels = services.GetServices<INotificationChannel>().ToList();
        var recipients = services.GetRequiredService<NotificationRecipients>();
        // With several nodes, one delivers a round; the others skip it rather than send the same batch twice.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await SingleRunner.TryTakeAsync(db, nameof(NotificationDeliveryWorker), ct)) return 0;
        var batch = await db.Notifications.AsNoTracking().Where(n => n.DeliveredExternallyAtUtc == null)
            .OrderBy(n => n.CreatedAtUtc).Take(BatchSize).ToListAsync(ct);
        if (batch.Count == 0)
        {
            return 0;
        }
        // The batch's audiences resolved together and the batch marked delivered in one statement: per notification, a
        // query of its people and an UPDATE were two statements for each village a dispatch notifies (2,000 for a
        // 1,000-village task, the largest share of a Monday write stream's statements).
        var people = await recipients.ResolveAllAsync(batch.Select(n => n.Audience), ct);
        foreach (var notification in batch)
        {
            foreach (var channel in channels)
            {
                await channel.SendAsync(notification, people[notification.Audience], ct);
            }
        }
        var at = clock.GetUtcNow().UtcDateTime;
        var ids = batch.Select(n => n.Id).ToList();
        await db.Notifications.Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.DeliveredExternallyAtUtc, at), ct);
        foreach (var notification in batch)
        {
            notification.DeliveredExternallyAtUtc = at;
        }
        await transaction.CommitAsync(ct);
        return batch.Count;
    }
}
