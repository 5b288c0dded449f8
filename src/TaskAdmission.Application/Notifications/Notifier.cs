using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;

namespace TaskAdmission.Application.Notifications;

/// <summary>Adds notifications to the current unit of work, so they commit with the change they announce.</summary>
public sealed class Notifier(AppDbContext db, ChinaClock clock)
{
    public Notification Add(string audience, NotificationKind kind, string subject, string link = "")
    {
        var notification = Create(audience, kind, subject, link, clock.UtcNow);
        db.Notifications.Add(notification);
        return notification;
    }

    /// <summary>A notification not yet added anywhere (for bulk writes).</summary>
    public static Notification Create(string audience, NotificationKind kind, string subject, string link, DateTime nowUtc) => new()
    {
        // Time-ordered (UUIDv7), as the engine's row ids: a new row lands at the right end of the primary-key index, not
        // on a random leaf (every task an engine step creates notifies; a dispatch writes one per village).
        Id = Guid.CreateVersion7(),
        Audience = audience,
        Kind = kind,
        Subject = subject.Length > Notification.SubjectMax ? subject[..Notification.SubjectMax] : subject,
        Link = link.Length > Notification.LinkMax ? "" : link,
        CreatedAtUtc = nowUtc,
    };
}
