using Microsoft.Extensions.Logging;
using TaskAdmission.Core.Notifications;

namespace TaskAdmission.Application.Notifications;

/// <summary>The default channel: writes a log line instead of sending (no e-mail or SMS gateway is configured).</summary>
public sealed class LogNotificationChannel(ILogger<LogNotificationChannel> log) : INotificationChannel
{
    public string Name => "log";

    public Task SendAsync(Notification notification, IReadOnlyList<NotificationRecipient> recipients, CancellationToken ct)
    {
        log.LogDebug("Notification {Kind} to {Audience} ({Count} people): {Subject} {Link}",
            notification.Kind, notification.Audience, recipients.Count, notification.Subject, notification.Link);
        return Task.CompletedTask;
    }
}
