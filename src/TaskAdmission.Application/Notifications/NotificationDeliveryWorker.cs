using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Notifications;

/// <summary>Hands undelivered notifications to the <see cref="INotificationSender"/> in batches and marks them delivered.</summary>
public sealed class NotificationDeliveryWorker(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider clock, ILogger<NotificationDeliveryWorker> log)
    : BackgroundService
{
    public const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.DeliveryIntervalSeconds);
        if (interval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                while (await DeliverBatchAsync(scope.ServiceProvider, clock, stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Notification delivery failed; retrying next round.");
            }
        }
    }

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
