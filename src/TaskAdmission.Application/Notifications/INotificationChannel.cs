using TaskAdmission.Core.Notifications;

namespace TaskAdmission.Application.Notifications;

/// <summary>
/// The extension point for delivering notifications outside the app: e-mail, SMS, a government work-messaging platform.
/// Every registered channel (<c>services.AddSingleton&lt;INotificationChannel, SmsChannel&gt;()</c>, as many as there are
/// channels) receives each notification once it is committed, with the people it reaches already resolved from its
/// audience. <see cref="NotificationDeliveryWorker"/> marks a notification delivered when every channel returned; when one
/// throws, all channels get it again on the next round, so delivery is at least once: deduplicate by
/// <see cref="Notification.Id"/>. A channel must not send more than the in-app text: no demands for replies, no check-ins.
/// </summary>
public interface INotificationChannel
{
    /// <summary>A short name for logs ("log", "sms", "email").</summary>
    string Name { get; }

    Task SendAsync(Notification notification, IReadOnlyList<NotificationRecipient> recipients, CancellationToken ct);
}
