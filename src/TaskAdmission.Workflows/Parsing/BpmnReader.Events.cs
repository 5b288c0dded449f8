using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Event definitions, timers, messages, errors and the allowed-content checks.</summary>
internal sealed partial class BpmnReader
{
    // Child elements every flow node may carry without affecting execution.
    private static readonly HashSet<string> CommonChildren = ["incoming", "outgoing", "documentation", "extensionElements"];

    private static XElement? EventDefinition(XElement element) =>
        element.Elements().FirstOrDefault(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal));

    private static string EventTypeName(XElement? elementOrDefinition)
    {
        var definition = elementOrDefinition is null ? null
            : elementOrDefinition.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) ? elementOrDefinition
            : EventDefinition(elementOrDefinition);
        return definition is null ? "none" : definition.Name.LocalName[..^"EventDefinition".Length];
    }

    private TimerSpec? ReadTimer(XElement definition, string id)
    {
        CheckForeignAttributes(definition);
        var duration = definition.Element(Bpmn + "timeDuration");
        var date = definition.Element(Bpmn + "timeDate");
        if (definition.Element(Bpmn + "timeCycle") is { } cycle)
        {
            Problem(cycle, id, "timeCycle timers are not supported; use timeDuration or timeDate");
            return null;
        }

        if ((duration is null) == (date is null))
        {
            Problem(definition, id, "timerEventDefinition needs exactly one of timeDuration or timeDate");
            return null;
        }

        var source = duration ?? date!;
        try
        {
            return duration is not null ? TimerSpec.ParseDuration(duration.Value) : TimerSpec.ParseDate(date!.Value);
        }
        catch (FormatException e)
        {
            Problem(source, id, e.Message);
            return null;
        }
    }

    private string? MessageName(XElement element, string id)
    {
        var reference = NullIfBlank((string?)element.Attribute("messageRef"));
        if (reference is null)
        {
            Problem(element, id, $"{element.Name.LocalName} has no messageRef");
            return null;
        }

        if (!messageNames.TryGetValue(reference, out var name))
        {
            Problem(element, id, $"messageRef '{reference}' does not match any message element");
            return null;
        }

        return name;
    }

    private string? ErrorCode(XElement definition, string id, bool required)
    {
        var reference = NullIfBlank((string?)definition.Attribute("errorRef"));
        if (reference is null)
        {
            if (required) Problem(definition, id, "error end event has no errorRef");
            return null;
        }

        if (!errorCodes.TryGetValue(reference, out var code))
        {
            Problem(definition, id, $"errorRef '{reference}' does not match any error element");
            return null;
        }

        return code;
    }

    private void CheckChildren(XElement element, params string[] allowed)
    {
        var id = Id(element) ?? element.Name.LocalName;
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (child.Name.Namespace != Bpmn)
            {
                Problem(child, id, $"element {child.Name} inside {element.Name.LocalName} is not supported");
            }
            else if (name == "extensionElements")
            {
                CheckExtensionElements(child);
            }
            else if (!CommonChildren.Contains(name) && !allowed.Contains(name))
            {
                var message = name.EndsWith("EventDefinition", StringComparison.Ordinal)
                    ? $"{element.Name.LocalName} of type {EventTypeName(child)} is not supported"
                    : name.EndsWith("LoopCharacteristics", StringComparison.Ordinal)
                        ? $"{name} on {element.Name.LocalName} is not supported (only user tasks can be multi-instance)"
                        : $"{name} inside {element.Name.LocalName} is not supported";
                Problem(child, id, message);
            }
        }

        if (element.Elements().Count(e => e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)) > 1)
        {
            Problem(element, id, $"{element.Name.LocalName} with several event definitions is not supported");
        }
    }

    private void CheckExtensionElements(XElement element)
    {
        if (element.Name.LocalName != "extensionElements") return;
        var owner = element.Parent is { } parent ? Id(parent) ?? parent.Name.LocalName : "definitions";
        foreach (var child in element.Elements().Where(c => c.Name.Namespace != BpmnNamespaces.TaskAdmission))
        {
            // Foreign extensions (camunda:inputOutput, listeners, ...) would change behaviour we do not implement.
            Problem(child, owner, $"extension element {child.Name.LocalName} from {child.Name.NamespaceName} is not supported");
        }
    }

    private void CheckForeignAttributes(XElement element, bool allowCamundaCollection = false)
    {
        var id = Id(element) ?? element.Parent?.Attribute("id")?.Value ?? element.Name.LocalName;
        foreach (var attribute in element.Attributes())
        {
            var ns = attribute.Name.Namespace;
            if (ns != BpmnNamespaces.Camunda && ns != BpmnNamespaces.Zeebe) continue;
            if (allowCamundaCollection && attribute.Name.LocalName is "collection" or "elementVariable") continue;
            Problem(element, id, $"attribute {attribute.Name.LocalName} from {ns.NamespaceName} is not supported; use the ta: extension attributes");
        }
    }
}
