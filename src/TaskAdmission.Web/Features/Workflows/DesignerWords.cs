using System.Text.Json;
using Microsoft.Extensions.Localization;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Workflows;

/// <summary>
/// The words of bpmn-js's palette and context pad, in the reader's language: bpmn-js asks its translate module for each
/// English text; the designer page hands it this dictionary (from WorkflowsResource, keys <c>Bpmn.{English text}</c>).
/// </summary>
public static class DesignerWords
{
    public static readonly string[] English =
    [
        "Activate hand tool", "Activate lasso tool", "Activate create/remove space tool", "Activate global connect tool",
        "Create start event", "Create intermediate/boundary event", "Create end event", "Create gateway", "Create task",
        "Create data object reference", "Create data store reference", "Create expanded subprocess", "Create pool/participant",
        "Create group", "Append end event", "Append gateway", "Append task", "Append intermediate/boundary event",
        "Append text annotation", "Change element", "Delete", "Connect to other element", "Connect using association",
        "Connect using sequence/message flow or association", "Add text annotation", "Add lane above", "Add lane below",
        "Divide into two lanes", "Divide into three lanes", "Append user task", "Append service task", "Search in diagram",
        "Create user task", "Create service task", "Set color", "Replace",
    ];

    public static string Json(IStringLocalizer<WorkflowsResource> w) =>
        JsonSerializer.Serialize(English.ToDictionary(e => e, e => w[$"Bpmn.{e}"] is { ResourceNotFound: false } text ? text.Value : e));
}
