using Microsoft.Extensions.Localization;
using TaskAdmission.Web.Localization;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Web.Features.Admin;

/// <summary>What an operator command did, in the user's language.</summary>
public static class WorkflowResultText
{
    /// <summary>"continued" with where the tokens now wait, or the new incident's message; <paramref name="ok"/> says which.</summary>
    public static string Describe(WorkflowCommandResult result, IStringLocalizer<SharedResource> l, out bool ok)
    {
        if (result.NewIncidents.Count > 0)
        {
            ok = false;
            return l["Workflows.NewIncident", result.NewIncidents[0].ElementId, result.NewIncidents[0].Message];
        }
        ok = true;
        var where = result.ActiveElementIds.Count == 0 ? l["Common.None"].Value : string.Join(", ", result.ActiveElementIds);
        return l["Workflows.Continued", l[$"Workflows.Status.{result.Status}"], where];
    }
}
