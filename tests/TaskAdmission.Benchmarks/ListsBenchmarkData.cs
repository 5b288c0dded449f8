using System.Globalization;
using System.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Benchmarks;

/// <summary>
/// A city set of 500 items and a district refinement of 100 (40 overrides, 40 sub-items, 20 district-only): 560 items
/// in force for a village of the district.
/// </summary>
internal static class ListsBenchmarkData
{
    public const string City = "990000000000";
    public const string District = "990100000000";
    public const string Village = "990100100100";

    private static readonly ListKind[] CityKinds =
        [ListKind.Autonomy, ListKind.Assist, ListKind.Assist, ListKind.Prohibited, ListKind.CertificateAllowed];

    public static List<ListItem> CityItems() => Enumerable.Range(1, 500).Select(i =>
    {
        var kind = CityKinds[i % CityKinds.Length];
        return Item(kind, $"C-{i:0000}", kind.IsProhibitive() ? DemandKind.None : DemandKind.Report | DemandKind.Survey | DemandKind.FieldWork, null, i);
    }).ToList();

    public static List<ListItem> DistrictItems(IReadOnlyList<ListItem> city)
    {
        var permissive = city.Where(i => !i.Kind.IsProhibitive()).ToList();
        var items = new List<ListItem>();
        for (var i = 0; i < 40; i++)
        {
            var c = permissive[i];
            items.Add(Item(c.Kind, c.Code, DemandKind.Survey, null, items.Count + 1));
        }

        for (var i = 0; i < 40; i++)
        {
            var parent = permissive[100 + i];
            items.Add(Item(parent.Kind, $"D-S-{i:000}", DemandKind.FieldWork, parent.Code, items.Count + 1));
        }

        for (var i = 0; i < 20; i++)
        {
            items.Add(Item(ListKind.Autonomy, $"D-O-{i:000}", DemandKind.Meeting, null, items.Count + 1));
        }

        return items;
    }

    public static ListSet Set(string authority, string version, DateOnly from, Guid? parent, List<ListItem> items)
    {
        var set = new ListSet
        {
            Id = Guid.NewGuid(),
            AuthorityOrgUnitCode = authority,
            Name = "基准清单",
            VersionLabel = version,
            Status = ListSetStatus.Published,
            EffectiveFrom = from,
            ParentListSetId = parent,
            PublishedAt = DateTime.UtcNow,
            CreatedBy = "bench",
            Items = items,
        };
        items.ForEach(i => i.ListSetId = set.Id);
        return set;
    }

    /// <summary>The same items in the import format (with parent_code), for seeding a database through the store.</summary>
    public static string Csv(IEnumerable<ListItem> items)
    {
        var csv = new StringBuilder("list_kind,code,title_zh,title_en,category,department,legal_basis,allowed_demands,parent_code\n");
        foreach (var i in items)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{i.Kind},{i.Code},{i.TitleZh},,基准,,,{DemandKinds.Format(i.AllowedDemands)},{i.ParentCode}\n");
        }

        return csv.ToString();
    }

    private static ListItem Item(ListKind kind, string code, DemandKind demands, string? parent, int order) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        Code = code,
        ParentCode = parent,
        TitleZh = "基准事项" + code,
        AllowedDemands = demands,
        SortOrder = order,
    };
}
