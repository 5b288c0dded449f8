using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Notifications;

/// <summary>The signed-in person's notifications: those of its role and scope, with its own read marks.</summary>
public sealed class NotificationService(AppDbContext db, ChinaClock clock)
{
    /// <summary>Unread notifications count only this far back, so the bell stays cheap and old news does not nag.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken ct = default)
    {
        if (AudienceOf(actor) is not { } audience)
        {
            return 0;
        }
        var since = clock.UtcNow - Window;
        return await db.Notifications.AsNoTracking()
            .Where(n => n.Audience == audience && n.CreatedAtUtc >= since)
            .CountAsync(n => !db.NotificationReads.Any(r => r.NotificationId == n.Id && r.UserName == actor.UserName), ct);
    }

    public async Task<List<NotificationView>> ListAsync(Actor actor, int take = 100, CancellationToken ct = default)
    {
        if (AudienceOf(actor) is not { } audience)
        {
            return [];
        }
        var since = clock.UtcNow - Window;
        return await db.Notifications.AsNoTracking()
            .Where(n => n.Audience == audience && n.CreatedAtUtc >= since)
            .OrderByDescending(n => n.CreatedAtUtc).Take(take)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Subject, n.Link, n.CreatedAtUtc,
                db.NotificationReads.Any(r => r.NotificationId == n.Id && r.UserName == actor.UserName)))
            .ToListAsync(ct);
    }

    /// <summary>Marks the given notifications (or all unread ones when none are given) read for this person.</summary>
    public async Task<int> MarkReadAsync(Actor actor, IReadOnlyCollection<Guid>? ids = null, CancellationToken ct = default)
    {
        if (AudienceOf(actor) is not { } audience)
        {
            return 0;
        }
        var since = clock.UtcNow - Window;
        var query = db.Notifications.AsNoTracking().Where(n => n.Audience == audience && n.CreatedAtUtc >= since
            && !db.NotificationReads.Any(r => r.NotificationId == n.Id && r.UserName == actor.UserName));
        if (ids is { Count: > 0 })
        {
            query = query.Where(n => ids.Contains(n.Id));
        }
        var unread = await query.Select(n => n.Id).Take(5000).ToListAsync(ct);
        var now = clock.UtcNow;
        db.NotificationReads.AddRange(unread.Select(id => new NotificationRead { NotificationId = id, UserName = actor.UserName, ReadAtUtc = now }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person marked them read in another tab at the same moment; the marks exist either way.
            db.ChangeTracker.Clear();
        }
        return unread.Count;
    }

    private static string? AudienceOf(Actor actor) => NotificationAudience.For(actor.Role, actor.DepartmentCode, actor.OrgUnitCode);
}
