using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Admission;

/// <summary>The org tree of one request: expands targets to villages and gives each village its township, district and city.</summary>
public sealed class OrgDirectory
{
    private readonly Dictionary<string, OrgUnit> units;
    private readonly ILookup<string?, OrgUnit> children;

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
}
