using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Notifications;

/// <summary>Hands undelivered notifications to the <see cref="INotificationSender"/> in batches and marks them delivered.</summary>
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
        var sender = services.GetRequiredService<INotificationSender>();
        var batch = await db.Notifications.Where(n => n.DeliveredExternallyAtUtc == null)
            .OrderBy(n => n.CreatedAtUtc).Take(BatchSize).ToListAsync(ct);
        foreach (var notification in batch)
        {
            await sender.SendAsync(notification, ct);
            notification.DeliveredExternallyAtUtc = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
        return batch.Count;
    }
}
