using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Admission;

/// <summary>The org tree of one request: expands targets to villages and gives each village its township, district and city.</summary>
/// <remarks>
/// One directory is shared by every request while its tree is current (<see cref="OrgDirectoryCache"/>), so what it
/// derives from the tree — the villages under a unit with their townships and districts — is worked out once per unit
/// and kept with it: a pre-check of two townships otherwise walked 1,000 villages up the tree twice each (six to eight
/// dictionary lookups per village) and sorted them, per request. A new tree (the 'org' signal) is a new directory.
/// </remarks>
public sealed class OrgDirectory
{
    private readonly Dictionary<string, OrgUnit> units;
    private readonly ILookup<string?, OrgUnit> children;
    private readonly ConcurrentDictionary<string, VillagePlace[]> placesUnder = new(StringComparer.Ordinal);

    private OrgDirectory(List<OrgUnit> all)
    {
        units = all.ToDictionary(u => u.Code);
        children = all.ToLookup(u => u.ParentCode);
    }

    public static async Task<OrgDirectory> LoadAsync(AppDbContext db, CancellationToken ct = default) =>
        new(await db.OrgUnits.AsNoTracking().ToListAsync(ct));

    public OrgUnit? Find(string code) => units.GetValueOrDefault(code);

    /// <summary>Every unit of the tree (shared when the tree comes from <see cref="OrgDirectoryCache"/>: treat as immutable).</summary>
    public IReadOnlyCollection<OrgUnit> Units => units.Values;

    /// <summary>The units directly under <paramref name="code"/>, in code order.</summary>
    public IEnumerable<OrgUnit> Children(string code) => children[code].OrderBy(u => u.Code, StringComparer.Ordinal);

    /// <summary>The unit and its ancestors, the top first.</summary>
    public IReadOnlyList<OrgUnit> Trail(string code)
    {
        var trail = new List<OrgUnit>();
        for (var unit = Find(code); unit is not null && trail.Count < 8; unit = unit.ParentCode is null ? null : Find(unit.ParentCode))
        {
            trail.Insert(0, unit);
        }
        return trail;
    }

    /// <summary>The ancestor of <paramref name="code"/> at a level (1 city, 2 district, 3 township), or null.</summary>
    public OrgUnit? Ancestor(string code, int level)
    {
        for (var unit = Find(code); unit is not null; unit = unit.ParentCode is null ? null : Find(unit.ParentCode))
        {
            if (unit.Kind.Level() == level)
            {
                return unit;
            }
        }
        return null;
    }

    /// <summary>Every village/community at or under the given units, each once, in code order.</summary>
    public IReadOnlyList<OrgUnit> VillagesUnder(IEnumerable<string> codes)
    {
        var result = new SortedDictionary<string, OrgUnit>(StringComparer.Ordinal);
        var stack = new Stack<OrgUnit>(codes.Select(Find).OfType<OrgUnit>());
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            if (unit.Kind.IsVillageLevel())
            {
                result[unit.Code] = unit;
                continue;
            }
            foreach (var child in children[unit.Code])
            {
                stack.Push(child);
            }
        }
        return result.Values.ToList();
    }

    public IEnumerable<OrgUnit> Under(string code) => VillagesUnder([code]);

    /// <summary>
    /// Every village/community at or under the given units, each once, in code order (as <see cref="VillagesUnder"/>),
    /// with its township and district (<see cref="Ancestor"/> at levels 3 and 2, "" where there is none). Worked out
    /// once per unit of this tree; the result is shared: treat it as immutable. Unknown codes are skipped.
    /// </summary>
    public IReadOnlyList<VillagePlace> PlacesUnder(IReadOnlyList<string> codes)
    {
        var known = codes.Where(c => units.ContainsKey(c)).Distinct(StringComparer.Ordinal).ToList();
        if (known.Count == 1)
        {
            return PlacesUnder(known[0]);
        }
        // Each unit's places are in code order already: merge them (no dictionary and no sort per pre-check of several townships).
        var lists = new VillagePlace[known.Count][];
        var total = 0;
        for (var i = 0; i < known.Count; i++)
        {
            lists[i] = PlacesUnder(known[i]);
            total += lists[i].Length;
        }
        var heads = new int[known.Count];
        var result = new List<VillagePlace>(total);
        while (true)
        {
            var next = -1;
            for (var i = 0; i < lists.Length; i++)
            {
                if (heads[i] < lists[i].Length
                    && (next < 0 || string.CompareOrdinal(lists[i][heads[i]].Village.Code, lists[next][heads[next]].Village.Code) < 0))
                {
                    next = i;
                }
            }
            if (next < 0)
            {
                return result;
            }
            var place = lists[next][heads[next]++];
            // A village under two of the given units (a district and one of its townships) once.
            if (result.Count == 0 || !string.Equals(result[^1].Village.Code, place.Village.Code, StringComparison.Ordinal))
            {
                result.Add(place);
            }
        }
    }

    private VillagePlace[] PlacesUnder(string code) =>
        placesUnder.GetOrAdd(code, c => [.. VillagesUnder([c]).Select(v => new VillagePlace(v, Ancestor(v.Code, 3)?.Code ?? "", Ancestor(v.Code, 2)?.Code ?? ""))]);
}

/// <summary>A village or community with the codes of its township and district ("" where the tree has none).</summary>
public sealed record VillagePlace(OrgUnit Village, string TownshipCode, string DistrictCode);
