using System.ComponentModel.DataAnnotations;

namespace TaskAdmission.Application.Notifications;

/// <summary><c>Notifications:*</c> — how often undelivered notifications go to the external sender (0 = never).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    [Range(0, 86_400)]
    public int DeliveryIntervalSeconds { get; set; } = 30;
}
