using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Start, end, intermediate and boundary events; their definitions, timers and references.</summary>
internal sealed partial class BpmnReader
{
    /// <summary>The single event definition of an event (marked understood), or null for a none event; several are reported.</summary>
    private XElement? EventDefinition(XElement element, string id)
    {
        var definitions = element.Elements().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();
        if (element.Elements(Bpmn + "eventDefinitionRef").Any())
        {
            problems.Error(element, id, $"{element.Name.LocalName} with eventDefinitionRef (shared event definitions) is not supported; put the definition inside the event");
            UnderstandTree(element);
            return null;
        }

        if (definitions.Count > 1)
        {
            problems.Error(element, id, $"{element.Name.LocalName} with several event definitions (a multiple event) is not supported");
            UnderstandTree(element);
            return null;
        }

        if (definitions.Count == 0) return null;
        var definition = definitions[0];
        Understand(definition);
        Attr(definition, "id");
        ReadCommonChildren(definition);
        return definition;
    }

    private static string TypeOf(XElement? definition) =>
        definition is null ? "none" : definition.Name.LocalName[..^"EventDefinition".Length];

    private FlowNode? RefuseEvent(XElement element, string id, string message)
    {
        problems.Error(element, id, message);
        UnderstandTree(element);
        return null;
    }

    private StartEventNode? ReadStartEvent(XElement element, string id, string? name, string? scopeId, int line)
    {
        if (Bool(element, "parallelMultiple", id) == true) return (StartEventNode?)RefuseEvent(element, id, "parallelMultiple start events are not supported");
        if (Bool(element, "isInterrupting", id) == false)
        {
            problems.Error(element, id, "isInterrupting=\"false\" only applies to start events of event sub-processes, which are not supported");
        }

        if (DialectAttr(element, "formFieldValidation", id) is { } validation) Bool(element, validation.Name, id);
        var initiator = DialectAttr(element, "initiator", id)?.Value;
        var formAttribute = DialectAttr(element, "formKey", id);
        var formKey = MapFormKey(formAttribute?.Value, formAttribute, id);
        var definition = EventDefinition(element, id);
        switch (definition?.Name.LocalName)
        {
            case null:
                return new StartEventNode(id, name, scopeId, line, null, NullIfBlank(initiator)) { FormKey = formKey };
            case "timerEventDefinition" when scopeId is not null:
                return (StartEventNode?)RefuseEvent(element, id, "timer start events are only supported at process level, not inside sub-processes");
            case "timerEventDefinition":
                var timer = ReadTimer(definition, id, allowCycle: true);
                return timer is null ? null : new StartEventNode(id, name, scopeId, line, timer, NullIfBlank(initiator)) { FormKey = formKey };
            default:
                return (StartEventNode?)RefuseEvent(element, id, $"startEvent of type {TypeOf(definition)} is not supported (start instances through the API or with a timer start event)");
        }
    }

    private EndEventNode? ReadEndEvent(XElement element, string id, string? name, string? scopeId, int line)
    {
        var definition = EventDefinition(element, id);
        switch (definition?.Name.LocalName)
        {
            case null:
                return new EndEventNode(id, name, scopeId, line, EndEventKind.None, null);
            case "terminateEventDefinition":
                return new EndEventNode(id, name, scopeId, line, EndEventKind.Terminate, null);
            case "errorEventDefinition":
                var code = Code(definition, id, "errorRef", errorCodes, "error", required: true);
                return code is null ? null : new EndEventNode(id, name, scopeId, line, EndEventKind.Error, code);
            case "escalationEventDefinition":
                var escalation = Code(definition, id, "escalationRef", escalationCodes, "escalation", required: true);
                return escalation is null ? null : new EndEventNode(id, name, scopeId, line, EndEventKind.Escalation, escalation);
            default:
                return (EndEventNode?)RefuseEvent(element, id, $"endEvent of type {TypeOf(definition)} is not supported");
        }
    }

    private FlowNode? ReadCatchEvent(XElement element, string id, string? name, string? scopeId, int line)
    {
        if (Bool(element, "parallelMultiple", id) == true) return RefuseEvent(element, id, "parallelMultiple catch events are not supported");
        var definition = EventDefinition(element, id);
        switch (definition?.Name.LocalName)
        {
            case "timerEventDefinition":
                var timer = ReadTimer(definition, id, allowCycle: false);
                return timer is null ? null : new TimerCatchEventNode(id, name, scopeId, line, timer);
            case "messageEventDefinition":
                var message = MessageName(definition, id);
                return message is null ? null : new MessageCatchEventNode(id, name, scopeId, line, message);
            case "signalEventDefinition":
                var signal = SignalName(definition, id);
                return signal is null ? null : new SignalCatchEventNode(id, name, scopeId, line, signal);
            case null:
                return RefuseEvent(element, id, "intermediateCatchEvent without an event definition waits for nothing; give it a timer, message or signal");
            default:
                return RefuseEvent(element, id, $"intermediateCatchEvent of type {TypeOf(definition)} is not supported");
        }
    }

    private FlowNode? ReadThrowEvent(XElement element, string id, string? name, string? scopeId, int line)
    {
        var definition = EventDefinition(element, id);
        return definition is null
            ? new PassThroughNode(id, name, scopeId, line, "intermediateThrowEvent")
            : RefuseEvent(element, id, $"intermediateThrowEvent of type {TypeOf(definition)} is not supported");
    }

    private BoundaryEventNode? ReadBoundaryEvent(XElement element, string id, string? name, string? scopeId, int line)
    {
        var attachedTo = NullIfBlank(Attr(element, "attachedToRef"));
        if (Bool(element, "parallelMultiple", id) == true) return (BoundaryEventNode?)RefuseEvent(element, id, "parallelMultiple boundary events are not supported");
        var cancel = Bool(element, "cancelActivity", id) ?? true;
        TimeoutAction? action = null;
        if (Attr(element, Ta + "timeoutAction") is { } actionText)
        {
            if (Enum.TryParse<TimeoutAction>(actionText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                action = parsed;
            }
            else
            {
                problems.Error(element, id, $"ta:timeoutAction '{actionText}' must be remind, approve or reject");
            }
        }

        var definition = EventDefinition(element, id);
        if (attachedTo is null)
        {
            problems.Error(element, id, "boundaryEvent has no attachedToRef");
            UnderstandTree(element);
            return null;
        }

        if (action is not null && definition?.Name.LocalName != "timerEventDefinition")
        {
            problems.Error(element, id, "ta:timeoutAction is only allowed on timer boundary events");
        }

        BoundaryEventNode Boundary(BoundaryEventKind kind, TimerSpec? timer, string? code) =>
            new(id, name, scopeId, line, attachedTo, kind, cancel, timer, code, kind == BoundaryEventKind.Timer ? action : null);

        switch (definition?.Name.LocalName)
        {
            case "timerEventDefinition":
                var timer = ReadTimer(definition, id, allowCycle: false);
                return timer is null ? null : Boundary(BoundaryEventKind.Timer, timer, null);
            case "errorEventDefinition":
                return Boundary(BoundaryEventKind.Error, null, Code(definition, id, "errorRef", errorCodes, "error", required: false));
            case "escalationEventDefinition":
                return Boundary(BoundaryEventKind.Escalation, null, Code(definition, id, "escalationRef", escalationCodes, "escalation", required: false));
            case "messageEventDefinition":
                var message = MessageName(definition, id);
                return message is null ? null : Boundary(BoundaryEventKind.Message, null, message);
            case "signalEventDefinition":
                var signal = SignalName(definition, id);
                return signal is null ? null : Boundary(BoundaryEventKind.Signal, null, signal);
            case null:
                return (BoundaryEventNode?)RefuseEvent(element, id, "boundaryEvent without an event definition catches nothing; give it a timer, error, message, signal or escalation");
            default:
                return (BoundaryEventNode?)RefuseEvent(element, id, $"boundaryEvent of type {TypeOf(definition)} is not supported");
        }
    }
}
