namespace TaskAdmission.Core.Notifications;

/// <summary>One person has read one notification (notifications go to a scope; reading is per person).</summary>
public sealed class NotificationRead
{
    public Guid NotificationId { get; set; }
    public string UserName { get; set; } = "";
    public DateTime ReadAtUtc { get; set; }
}
