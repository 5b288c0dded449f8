using System.Text.Json;
using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Workflows.Operations;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Admin;

/// <summary>The set-variable form of the instance page (fields as posted: name, JSON value, reason).</summary>
public sealed class SetVariableInput
{
    public const int NameMaxLength = 100;

    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public string Reason { get; set; } = "";

    /// <summary>Parses the value as JSON, adding a field message for each missing or malformed field.</summary>
    public JsonElement? Read(FormErrors errors, IStringLocalizer<SharedResource> l)
    {
        NewUserInput.Check(errors, l, "var-name", Name, "Workflows.VariableName", NameMaxLength);
        JsonElement? value = null;
        if (string.IsNullOrWhiteSpace(Value))
        {
            errors.Add("var-value", l["Validation.Required", l["Workflows.VariableValue"]]);
        }
        else
        {
            try
            {
                using var document = JsonDocument.Parse(Value);
                value = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                errors.Add("var-value", l["Workflows.BadJson", e.Message]);
            }
        }
        NewUserInput.Check(errors, l, "var-reason", Reason, "Workflows.Reason", WorkflowOperationsService.ReasonMaxLength);
        return errors.Any ? null : value;
    }
}
