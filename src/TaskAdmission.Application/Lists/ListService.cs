using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Configurations;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Lists;

/// <summary>
/// The published lists: reading sets, importing and editing drafts, publishing and retiring versions, diffs, and
/// the lists in force for an org unit. The rules are Core's (ListPublishing, RefinementValidator, ...); this class
/// loads, checks scope, saves in one transaction with its audit rows and keeps the caches honest.
/// </summary>
public sealed partial class ListService(
    AppDbContext db, AuditLog audit, ChinaClock clock, MergedListCache mergedCache, PublishedListItems publishedItems)
{
    public DateOnly Today => clock.Today;

    /// <summary>Sets (without items), optionally of some authorities and one status; newest first per authority.</summary>
    public async Task<List<ListSetSummary>> SetsAsync(
        IReadOnlyCollection<string>? authorities = null, ListSetStatus? status = null, CancellationToken ct = default)
    {
        var query = db.ListSets.AsNoTracking();
        if (authorities is not null)
        {
            query = query.Where(s => authorities.Contains(s.AuthorityOrgUnitCode));
        }

        if (status is { } wanted)
        {
            query = query.Where(s => s.Status == wanted);
        }

        var rows = await query
            .Select(s => new ListSetSummary(
                s.Id, s.AuthorityOrgUnitCode, s.Name, s.VersionLabel, s.Status, s.EffectiveFrom, s.EffectiveTo,
                s.ParentListSetId, s.CreatedAt, s.CreatedBy, s.PublishedAt, s.PublishedBy, s.Items.Count))
            .ToListAsync(ct);
        // Ordered in memory: SQLite cannot order by every provider type alike, and sets number in the dozens.
        return rows
            .OrderBy(s => s.AuthorityOrgUnitCode, StringComparer.Ordinal)
            .ThenBy(s => s.Status == ListSetStatus.Draft ? 0 : 1)
            .ThenByDescending(s => s.EffectiveFrom)
            .ThenByDescending(s => s.CreatedAt)
            .ToList();
    }

    /// <summary>The sets an administrator may manage (drafts included).</summary>
    public async Task<List<ListSetSummary>> ManageableSetsAsync(Actor actor, CancellationToken ct = default) =>
        await SetsAsync(await ManageableAuthorityCodesAsync(actor, ct), null, ct);

    /// <summary>A set with its items; drafts only for an administrator in scope. Null when absent or hidden.</summary>
    public async Task<ListSet?> FindAsync(Guid id, Actor? manager = null, CancellationToken ct = default)
    {
        var set = await db.ListSets.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (set is null)
        {
            return null;
        }

        if (set.Status == ListSetStatus.Draft && (manager is null || !await CanManageAsync(manager, set.AuthorityOrgUnitCode, ct)))
        {
            return null;
        }

        set.Items = Ordered(set.Items);
        return set;
    }

    /// <summary>A set the actor may manage, with its items; null when absent or out of scope.</summary>
    public async Task<ListSet?> FindManageableAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var set = await FindAsync(id, actor, ct);
        return set is not null && await CanManageAsync(actor, set.AuthorityOrgUnitCode, ct) ? set : null;
    }

    /// <summary>The city or district units whose sets the actor manages: its scope and, for a city, the city's districts.</summary>
    public async Task<List<OrgUnit>> ManageableAuthoritiesAsync(Actor actor, CancellationToken ct = default)
    {
        var scope = actor.OrgUnitCode ?? "";
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.Code == scope || u.ParentCode == scope).ToListAsync(ct);
        var self = units.FirstOrDefault(u => u.Code == scope);
        if (self is null || !IsListAuthority(self.Kind))
        {
            return [];
        }

        var result = new List<OrgUnit> { self };
        if (self.Kind == OrgUnitKind.City)
        {
            result.AddRange(units.Where(u => u.Code != scope && u.Kind.IsDistrictLevel()).OrderBy(u => u.Code, StringComparer.Ordinal));
        }

        return result;
    }

    public async Task<bool> CanManageAsync(Actor actor, string authorityCode, CancellationToken ct = default) =>
        (await ManageableAuthorityCodesAsync(actor, ct)).Contains(authorityCode);

    /// <summary>
    /// The departments an item of the authority's lists may name: those of the authority and of the units above it.
    /// Names (zh and en) are accepted as aliases because published lists usually write names.
    /// </summary>
    public async Task<DepartmentDirectory> DepartmentsForAsync(string authorityCode, CancellationToken ct = default)
    {
        var chain = (await ChainAsync(authorityCode, ct)).Select(u => u.Code).ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => chain.Contains(d.OrgUnitCode)).ToListAsync(ct);
        var names = departments.SelectMany(d => new[]
        {
            KeyValuePair.Create(d.NameZh, d.Code),
            KeyValuePair.Create(d.NameEn, d.Code),
        });
        return new DepartmentDirectory(departments.Select(d => d.Code), names);
    }

    private async Task<HashSet<string>> ManageableAuthorityCodesAsync(Actor actor, CancellationToken ct) =>
        (await ManageableAuthoritiesAsync(actor, ct)).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>The unit and its ancestors, nearest first, in one round trip (a recursive CTE both providers run).</summary>
    private async Task<List<OrgUnit>> ChainAsync(string orgUnitCode, CancellationToken ct)
    {
        var units = await db.OrgUnits
            .FromSqlRaw(
                """
                WITH RECURSIVE chain ("Code", "ParentCode", "Kind", "NameZh", "NameEn", "Depth") AS (
                    SELECT "Code", "ParentCode", "Kind", "NameZh", "NameEn", 0 FROM org_units WHERE "Code" = {0}
                    UNION ALL
                    SELECT u."Code", u."ParentCode", u."Kind", u."NameZh", u."NameEn", c."Depth" + 1
                    FROM org_units u JOIN chain c ON u."Code" = c."ParentCode" WHERE c."Depth" < 8
                )
                SELECT "Code", "ParentCode", "Kind", "NameZh", "NameEn" FROM chain
                """,
                orgUnitCode)
            .AsNoTracking()
            .ToListAsync(ct);
        return units.OrderByDescending(u => u.Kind.Level()).ToList();
    }

    private static bool IsListAuthority(OrgUnitKind kind) => kind == OrgUnitKind.City || kind.IsDistrictLevel();

    private void Touch(ListSet set) => db.Entry(set).Property<int>(ListSetConfiguration.Revision).CurrentValue++;

    private static List<ListItem> Ordered(IEnumerable<ListItem> items) =>
        items.OrderBy(i => i.SortOrder).ThenBy(i => i.Code, ListCodes.Comparer).ToList();
}
