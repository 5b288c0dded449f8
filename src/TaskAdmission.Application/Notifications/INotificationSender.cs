using TaskAdmission.Core.Notifications;

namespace TaskAdmission.Application.Notifications;

/// <summary>
/// The extension point for delivering notifications outside the app (e-mail, SMS, a government messaging platform).
/// <see cref="NotificationDeliveryWorker"/> hands each undelivered notification to the registered sender and marks
/// it delivered when the sender returns; a sender that throws leaves it for the next round. Register another
/// implementation after <c>AddTaskAdmissionApplication</c> to replace <see cref="LogNotificationSender"/>. A sender must
/// resolve the audience (e.g. <c>village:990100100100</c>) to addresses itself, and must not send more than the
/// in-app text: no demands for replies, no check-ins.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(Notification notification, CancellationToken ct);
}
