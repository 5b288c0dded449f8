using System.Runtime.CompilerServices;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>Names of org units and departments in the user's language, shared by requests while the org tree is unchanged.</summary>
public sealed class OrgNames
{
    private readonly Dictionary<string, OrgUnit> units;
    private readonly Dictionary<string, Department> departments;
    private readonly ILookup<string?, OrgUnit> children;

    /// <summary>
    /// The names built from one shared org tree, kept as long as that tree object lives: <see cref="OrgDirectoryCache"/>
    /// hands every request the same tree until a change to units or departments is signalled ('org'), then a new one.
    /// Without it each page of the review and submission screens read and indexed the whole tree (10,070 units at city
    /// scale: about a core's worth of CPU for 20 approvers looking at their review inbox every 2 s).
    /// </summary>
    private static readonly ConditionalWeakTable<OrgDirectory, OrgNames> Built = new();

    private OrgNames(IEnumerable<OrgUnit> units, List<Department> departments)
    {
        this.units = units.ToDictionary(u => u.Code);
        this.departments = departments.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);
        children = this.units.Values.OrderBy(u => u.Code, StringComparer.Ordinal).ToLookup(u => u.ParentCode);
    }

    /// <summary>
    /// The names for this request. Departments are read with the tree they are built for; both change only under the
    /// 'org' signal, which gives the next request a new tree (and on SQLite, or while the notification path is not
    /// proved, every request gets a new tree, so nothing is kept).
    /// </summary>
    public static async Task<OrgNames> LoadAsync(OrganisationService org, CancellationToken ct = default)
    {
        var tree = await org.TreeAsync(ct);
        if (Built.TryGetValue(tree, out var names))
        {
            return names;
        }
        names = new OrgNames(tree.Units, await org.AllDepartmentsAsync(ct));
        Built.AddOrUpdate(tree, names);
        return names;
    }

    public OrgUnit? Find(string code) => units.GetValueOrDefault(code);

    public string Unit(string code) => units.TryGetValue(code, out var u) ? u.Name(AdmissionText.English) : code;

    public string Department(string code) => departments.TryGetValue(code, out var d) ? d.Name(AdmissionText.English) : code;

    public Department? FindDepartment(string code) => departments.GetValueOrDefault(code);

    public IEnumerable<OrgUnit> Children(string? code) => children[code];

    public IEnumerable<OrgUnit> Roots => units.Values.Where(u => u.ParentCode is null || !units.ContainsKey(u.ParentCode)).OrderBy(u => u.Code, StringComparer.Ordinal);
}
