using Microsoft.Extensions.Logging;
using TaskAdmission.Core.Notifications;

namespace TaskAdmission.Application.Notifications;

/// <summary>The default sender: writes a log line instead of sending (no e-mail or SMS gateway is configured).</summary>
public sealed class LogNotificationSender(ILogger<LogNotificationSender> log) : INotificationSender
{
    public Task SendAsync(Notification notification, CancellationToken ct)
    {
        log.LogDebug("Notification {Kind} to {Audience}: {Subject} {Link}", notification.Kind, notification.Audience, notification.Subject, notification.Link);
        return Task.CompletedTask;
    }
}
