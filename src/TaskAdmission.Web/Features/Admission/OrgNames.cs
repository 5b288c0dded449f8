using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>Names of org units and departments in the user's language, loaded once per request (the tree is small).</summary>
public sealed class OrgNames
{
    private readonly Dictionary<string, OrgUnit> units;
    private readonly Dictionary<string, Department> departments;
    private readonly ILookup<string?, OrgUnit> children;

    private OrgNames(List<OrgUnit> units, List<Department> departments)
    {
        this.units = units.ToDictionary(u => u.Code);
        this.departments = departments.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        children = units.OrderBy(u => u.Code, StringComparer.Ordinal).ToLookup(u => u.ParentCode);
    }

    public static async Task<OrgNames> LoadAsync(OrganisationService org, CancellationToken ct = default) =>
        new(await org.AllUnitsAsync(ct), await org.AllDepartmentsAsync(ct));

    public OrgUnit? Find(string code) => units.GetValueOrDefault(code);

    public string Unit(string code) => units.TryGetValue(code, out var u) ? u.Name(AdmissionText.English) : code;

    public string Department(string code) => departments.TryGetValue(code, out var d) ? d.Name(AdmissionText.English) : code;

    public Department? FindDepartment(string code) => departments.GetValueOrDefault(code);

    public IEnumerable<OrgUnit> Children(string? code) => children[code];

    public IEnumerable<OrgUnit> Roots => units.Values.Where(u => u.ParentCode is null || !units.ContainsKey(u.ParentCode)).OrderBy(u => u.Code, StringComparer.Ordinal);
}
