using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Workflows.Operations;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Admin;

/// <summary>The move-token form of the instance page (fields as posted: from, to, reason).</summary>
public sealed class MoveTokenInput
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public string Reason { get; set; } = "";

    /// <summary>Checks the fields against the instance's active elements and its definition, adding field messages.</summary>
    public bool Read(FormErrors errors, IStringLocalizer<SharedResource> l, IReadOnlyCollection<string> active, IReadOnlyCollection<string> elements)
    {
        if (string.IsNullOrWhiteSpace(From))
        {
            errors.Add("move-from", l["Validation.Required", l["Workflows.MoveFrom"]]);
        }
        else if (!active.Contains(From.Trim()))
        {
            errors.Add("move-from", l["Workflows.NotActive", From.Trim()]);
        }
        if (string.IsNullOrWhiteSpace(To))
        {
            errors.Add("move-to", l["Validation.Required", l["Workflows.MoveTo"]]);
        }
        else if (!elements.Contains(To.Trim()))
        {
            errors.Add("move-to", l["Workflows.UnknownElement", To.Trim()]);
        }
        NewUserInput.Check(errors, l, "move-reason", Reason, "Workflows.Reason", WorkflowOperationsService.ReasonMaxLength);
        return !errors.Any;
    }
}
