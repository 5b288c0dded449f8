using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Supervision;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Audit;

/// <summary>
/// The audit viewer: filtered pages and exports. A system administrator reads the whole record; a supervisor reads
/// the entries about submissions that reach its area (decisions, sign-offs, withdrawals, dispatch) — not user, key or
/// report entries, whose actors may be people the supervisor must not learn (an anonymous village's report).
/// Anyone else reads nothing.
/// </summary>
public sealed class AuditViewService(AppDbContext db)
{
    public const int PageSize = 100;
    public const int MaxExport = 100_000;

    public async Task<AuditPage> PageAsync(AuditFilter filter, Actor actor, CancellationToken ct = default)
    {
        var query = await VisibleAsync(actor, ct);
        var rows = await Filtered(query, filter).OrderByDescending(e => e.Sequence).Take(PageSize + 1).ToListAsync(ct);
        var page = rows.Take(PageSize).Select(e => new AuditRow(e, AuditHash.IsIntact(e))).ToList();
        return new AuditPage(page, rows.Count > PageSize ? page[^1].Entry.Sequence : null);
    }

    /// <summary>The filtered entries, oldest first, at most <see cref="MaxExport"/>, streamed.</summary>
    public async IAsyncEnumerable<AuditRow> ExportAsync(AuditFilter filter, Actor actor, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var query = Filtered(await VisibleAsync(actor, ct), filter with { Before = null }).OrderBy(e => e.Sequence).Take(MaxExport);
        await foreach (var entry in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new AuditRow(entry, AuditHash.IsIntact(entry));
        }
    }

    public static bool MayRead(Actor actor) => actor.Role is AppRoles.SystemAdministrator or AppRoles.Supervisor;

    private async Task<IQueryable<AuditEntry>> VisibleAsync(Actor actor, CancellationToken ct)
    {
        var all = db.AuditEntries.AsNoTracking().Where(e => e.Sequence != null);
        if (actor.Role == AppRoles.SystemAdministrator)
        {
            return all;
        }
        if (actor.Role != AppRoles.Supervisor || actor.OrgUnitCode is not { Length: > 0 } code)
        {
            return all.Where(_ => false);
        }
        var scope = await SupervisorScope.ResolveAsync(db, code, ct);
        var subjects = db.Submissions
            .Where(s => scope.IsCity || s.Villages.Any(v => v.DistrictCode == scope.Code || v.TownshipCode == scope.Code))
            .Select(s => "submission:" + s.Number);
        return all.Where(e => subjects.Contains(e.Subject));
    }

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> query, AuditFilter f)
    {
        if (!string.IsNullOrWhiteSpace(f.Actor))
        {
            query = query.Where(e => e.Actor == f.Actor.Trim());
        }
        if (!string.IsNullOrWhiteSpace(f.Action))
        {
            var action = f.Action.Trim();
            query = query.Where(e => e.Action == action || e.Action.StartsWith(action));
        }
        if (!string.IsNullOrWhiteSpace(f.Subject))
        {
            var subject = f.Subject.Trim();
            query = query.Where(e => e.Subject == subject || e.Subject.StartsWith(subject));
        }
        if (f.From is { } from)
        {
            var start = ChinaClock.StartOfDayUtc(from);
            query = query.Where(e => e.AtUtc >= start);
        }
        if (f.To is { } to)
        {
            var end = ChinaClock.StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.AtUtc < end);
        }
        if (f.Before is { } before)
        {
            query = query.Where(e => e.Sequence < before);
        }
        return query;
    }
}
