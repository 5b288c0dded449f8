using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Tests.Lists;

/// <summary>Small builders for list sets and items used across the list tests.</summary>
internal static class TestLists
{
    public const string City = "990000000000";
    public const string District = "990100000000";

    public static ListItem Item(
        ListKind kind,
        string code,
        DemandKind demands = DemandKind.None,
        string? parent = null,
        string? department = null,
        int sortOrder = 0) => new()
    {
        Id = Guid.NewGuid(),
        Kind = kind,
        Code = code,
        ParentCode = parent,
        TitleZh = "事项" + code,
        DepartmentCode = department,
        AllowedDemands = demands,
        SortOrder = sortOrder,
    };

    public static ListSet Set(
        string authority,
        string version,
        ListSetStatus status,
        DateOnly? from,
        DateOnly? to = null,
        Guid? parent = null,
        params ListItem[] items)
    {
        var set = new ListSet
        {
            Id = Guid.NewGuid(),
            AuthorityOrgUnitCode = authority,
            Name = "示范清单",
            VersionLabel = version,
            Status = status,
            EffectiveFrom = from,
            EffectiveTo = to,
            ParentListSetId = parent,
            CreatedBy = "tester",
        };
        foreach (var item in items)
        {
            item.ListSetId = set.Id;
            set.Items.Add(item);
        }

        return set;
    }

    /// <summary>A published city set: an assist item, a prohibited item and a prohibited certificate.</summary>
    public static ListSet CitySet(DateOnly? from = null, string version = "2025版") => Set(
        City,
        version,
        ListSetStatus.Published,
        from ?? new DateOnly(2025, 1, 1),
        null,
        null,
        Item(ListKind.Assist, "XZ-03", DemandKind.Survey | DemandKind.FieldWork | DemandKind.Ledger, department: "CITY-MZ", sortOrder: 1),
        Item(ListKind.Autonomy, "ZZ-01", DemandKind.Meeting, sortOrder: 2),
        Item(ListKind.Prohibited, "FM-01", sortOrder: 3),
        Item(ListKind.CertificateProhibited, "BZ-08", sortOrder: 4));

    public static ListSet DistrictSet(ListSet city, DateOnly? from = null, params ListItem[] items) => Set(
        District,
        "青山区2025版",
        ListSetStatus.Published,
        from ?? new DateOnly(2025, 3, 1),
        null,
        city.Id,
        items);

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
