using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Workflows.Operations;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Admin;

/// <summary>
/// The migrate forms of the instance page (fields as posted): target version; the element mapping of the last dry run
/// (<c>Map[source] = target</c>, and the version it was made for); the reason when applying.
/// </summary>
public sealed class MigrateInput
{
    public string TargetVersion { get; set; } = "";
    public string Reason { get; set; } = "";
    public Dictionary<string, string> Map { get; set; } = new(StringComparer.Ordinal);
    public string MappedVersion { get; set; } = "";

    /// <summary>The target version when it is one of <paramref name="versions"/>; otherwise null with a field message.</summary>
    public int? ReadVersion(FormErrors errors, IStringLocalizer<SharedResource> l, IEnumerable<int> versions)
    {
        if (string.IsNullOrWhiteSpace(TargetVersion))
        {
            errors.Add("migrate-version", l["Validation.Required", l["Workflows.MigrateVersion"]]);
            return null;
        }
        if (!int.TryParse(TargetVersion.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || !versions.Contains(version))
        {
            errors.Add("migrate-version", l["Workflows.UnknownVersion", TargetVersion.Trim()]);
            return null;
        }
        return version;
    }

    /// <summary>
    /// The mapping to plan <paramref name="version"/> with: entries for active elements only, identity entries dropped.
    /// A mapping made for another version (the operator has since chosen a different one) is ignored. Null, with a field
    /// message per entry, when a target is not an element of <paramref name="version"/>.
    /// </summary>
    public Dictionary<string, string>? ReadMapping(
        FormErrors errors, IStringLocalizer<SharedResource> l, int version, IReadOnlyCollection<string> activeElements, IReadOnlyCollection<string> targetElements)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        // Form binding leaves fields that were not posted null.
        if (Map is null || MappedVersion?.Trim() != version.ToString(CultureInfo.InvariantCulture))
        {
            return mapping;
        }
        foreach (var (source, target) in Map)
        {
            var to = target?.Trim() ?? "";
            if (!activeElements.Contains(source) || to.Length == 0 || to == source)
            {
                continue;
            }
            if (!targetElements.Contains(to))
            {
                errors.Add(MapField(source), l["Workflows.UnknownTargetElement", to, version]);
                continue;
            }
            mapping[source] = to;
        }
        return errors.Any ? null : mapping;
    }

    /// <summary>The field (and element id) of the mapping select for <paramref name="source"/>.</summary>
    public static string MapField(string source) => $"migrate-map-{source}";

    /// <summary>Checks the reason (required, at most <see cref="WorkflowOperationsService.ReasonMaxLength"/> characters).</summary>
    public bool ReadReason(FormErrors errors, IStringLocalizer<SharedResource> l)
    {
        NewUserInput.Check(errors, l, "migrate-reason", Reason, "Workflows.Reason", WorkflowOperationsService.ReasonMaxLength);
        return !errors.Any;
    }
}
