namespace TaskAdmission.Core.Notifications;

/// <summary>
/// An in-app notification to everyone holding a role in one scope (a village committee, a township's approvers, a
/// department, a district's supervisors), or to one person (<c>user:li.si</c>). Text is rendered from <see cref="Kind"/> in the reader's language. External
/// delivery (e-mail, SMS) marks <see cref="DeliveredExternallyAtUtc"/>.
/// </summary>
public sealed class Notification
{
    public const int AudienceMax = 300;
    public const int SubjectMax = 200;
    public const int LinkMax = 300;

    public Guid Id { get; set; }

    /// <summary>Who receives it, from <see cref="NotificationAudience"/>, e.g. <c>village:990100100100</c>.</summary>
    public string Audience { get; set; } = "";

    public NotificationKind Kind { get; set; }

    /// <summary>What it is about, shown after the kind's text (a task title, a report number).</summary>
    public string Subject { get; set; } = "";

    /// <summary>A local path to open, or empty.</summary>
    public string Link { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? DeliveredExternallyAtUtc { get; set; }
}
