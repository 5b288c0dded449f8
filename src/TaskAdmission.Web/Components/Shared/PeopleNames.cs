using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Identity;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Components.Shared;

/// <summary>
/// How a page names whoever did something: the person's display name and post ("石桥镇审核人 张伟"), "系统" for the
/// platform's own work ("system", "system:dispatch"), and the sign-in name only for a name no user has any more.
/// A page loads the names it shows once (<see cref="LoadAsync"/>, one query) and hands them to its components.
/// </summary>
public sealed partial class PeopleNames(IReadOnlyDictionary<string, string> byUserName)
{
    public static readonly PeopleNames None = new(new Dictionary<string, string>());

    // What the app records besides a bare sign-in name: "submitter (DepartmentSystem)" for work sent by a department's system.
    [GeneratedRegex(@"^(?<user>\S+) \((?<role>[A-Za-z]+)\)$")]
    private static partial Regex WithRole();

    public static async Task<PeopleNames> LoadAsync(PeopleNameService service, IEnumerable<string?> recorded) =>
        new(await service.DisplayNamesAsync(recorded.OfType<string>().Select(r => WithRole().Match(r) is { Success: true } m ? m.Groups["user"].Value : r)));

    /// <summary>The person behind a recorded actor, in the reader's language.</summary>
    public string Of(string? recorded, IStringLocalizer<SharedResource> s)
    {
        if (string.IsNullOrEmpty(recorded))
        {
            return "";
        }
        if (WithRole().Match(recorded) is { Success: true } m)
        {
            return s["Person.WithRole", Of(m.Groups["user"].Value, s), s[$"Role.{m.Groups["role"].Value}"]];
        }
        return byUserName.TryGetValue(recorded, out var name) ? name
            : IsSystem(recorded) ? s["Person.System"]
            : recorded;
    }

    /// <summary>The platform's own actors: "system" and "system:&lt;job&gt;" (dispatch, pre-check, seeding, …).</summary>
    public static bool IsSystem(string userName) =>
        userName == "system" || userName.StartsWith("system:", StringComparison.Ordinal);
}
