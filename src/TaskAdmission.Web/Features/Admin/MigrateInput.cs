using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Data.Workflows.Operations;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Admin;

/// <summary>The migrate forms of the instance page (fields as posted: target version, and the reason when applying).</summary>
public sealed class MigrateInput
{
    public string TargetVersion { get; set; } = "";
    public string Reason { get; set; } = "";

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

    /// <summary>Checks the reason (required, at most <see cref="WorkflowOperations.ReasonMaxLength"/> characters).</summary>
    public bool ReadReason(FormErrors errors, IStringLocalizer<SharedResource> l)
    {
        NewUserInput.Check(errors, l, "migrate-reason", Reason, "Workflows.Reason", WorkflowOperations.ReasonMaxLength);
        return !errors.Any;
    }
}
