using System.Globalization;
using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Flow-node reading: one method per supported element, everything else refused.</summary>
internal sealed partial class BpmnReader
{
    private static readonly XNamespace Ta = BpmnNamespaces.TaskAdmission;

    private void ReadNode(XElement element, string? scopeId)
    {
        var type = element.Name.LocalName;
        var id = RequireId(element);
        if (id is null) return;
        CheckForeignAttributes(element);

        var name = (string?)element.Attribute("name");
        var line = Line(element);
        FlowNode? node = type switch
        {
            "startEvent" => ReadStartEvent(element, id, name, scopeId, line),
            "endEvent" => ReadEndEvent(element, id, name, scopeId, line),
            "userTask" => ReadUserTask(element, id, name, scopeId, line),
            "serviceTask" => ReadServiceTask(element, id, name, scopeId, line),
            "receiveTask" => ReadReceiveTask(element, id, name, scopeId, line),
            "intermediateCatchEvent" => ReadCatchEvent(element, id, name, scopeId, line),
            "exclusiveGateway" => ReadGateway(element, id, name, scopeId, line, GatewayKind.Exclusive),
            "parallelGateway" => ReadGateway(element, id, name, scopeId, line, GatewayKind.Parallel),
            "inclusiveGateway" => ReadGateway(element, id, name, scopeId, line, GatewayKind.Inclusive),
            "subProcess" => ReadSubProcess(element, id, name, scopeId, line),
            "boundaryEvent" => ReadBoundaryEvent(element, id, name, scopeId, line),
            "intermediateThrowEvent" => Unsupported(element, id, $"intermediateThrowEvent of type {EventTypeName(element)} is not supported"),
            _ => Unsupported(element, id, $"{type} is not supported"),
        };
        if (node is not null)
        {
            nodes[id] = node;
        }
        else
        {
            refusedIds.Add(id);
        }
    }

    private FlowNode? Unsupported(XElement element, string id, string message)
    {
        Problem(element, id, message);
        return null;
    }

    private StartEventNode? ReadStartEvent(XElement element, string id, string? name, string? scopeId, int line)
    {
        CheckChildren(element);
        return EventDefinition(element) is { } definition
            ? Refuse<StartEventNode>(element, id, $"startEvent of type {EventTypeName(definition)} is not supported")
            : new StartEventNode(id, name, scopeId, line);
    }

    private EndEventNode? ReadEndEvent(XElement element, string id, string? name, string? scopeId, int line)
    {
        CheckChildren(element, "terminateEventDefinition", "errorEventDefinition");
        var definition = EventDefinition(element);
        switch (definition?.Name.LocalName)
        {
            case null:
                return new EndEventNode(id, name, scopeId, line, EndEventKind.None, null);
            case "terminateEventDefinition":
                return new EndEventNode(id, name, scopeId, line, EndEventKind.Terminate, null);
            case "errorEventDefinition":
                var code = ErrorCode(definition, id, required: true);
                return code is null ? null : new EndEventNode(id, name, scopeId, line, EndEventKind.Error, code);
            default:
                return Refuse<EndEventNode>(element, id, $"endEvent of type {EventTypeName(definition)} is not supported");
        }
    }

    private UserTaskNode ReadUserTask(XElement element, string id, string? name, string? scopeId, int line)
    {
        CheckChildren(element, "multiInstanceLoopCharacteristics");
        var roles = ((string?)element.Attribute(Ta + "candidateRoles") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int? due = null;
        if (element.Attribute(Ta + "dueInWorkingDays") is { } dueAttribute)
        {
            if (int.TryParse(dueAttribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                due = days;
            }
            else
            {
                Problem(element, id, $"ta:dueInWorkingDays '{dueAttribute.Value}' must be a whole number of days");
            }
        }

        var multi = element.Element(Bpmn + "multiInstanceLoopCharacteristics") is { } mi ? ReadMultiInstance(mi, id) : null;
        return new UserTaskNode(
            id, name, scopeId, line, roles,
            ReadDynamicText(element, id, "candidateScope"),
            ReadDynamicText(element, id, "assignee"),
            (string?)element.Attribute(Ta + "formKey"),
            due,
            multi);
    }

    private MultiInstanceSpec? ReadMultiInstance(XElement element, string taskId)
    {
        CheckForeignAttributes(element, allowCamundaCollection: true);
        CheckChildren(element, "completionCondition");
        var collection = (string?)element.Attribute(Ta + "collection") ?? (string?)element.Attribute(BpmnNamespaces.Camunda + "collection");
        var variable = (string?)element.Attribute(Ta + "elementVariable") ?? (string?)element.Attribute(BpmnNamespaces.Camunda + "elementVariable");
        if (string.IsNullOrWhiteSpace(collection))
        {
            Problem(element, taskId, "multiInstanceLoopCharacteristics needs ta:collection (the variable holding the list of signers)");
        }

        if (string.IsNullOrWhiteSpace(variable))
        {
            Problem(element, taskId, "multiInstanceLoopCharacteristics needs ta:elementVariable");
        }

        var collectionExpression = string.IsNullOrWhiteSpace(collection) ? null : ParseExpression(element, taskId, collection, "ta:collection");
        var condition = element.Element(Bpmn + "completionCondition") is { } c && !string.IsNullOrWhiteSpace(c.Value)
            ? ParseExpression(c, taskId, c.Value, "completionCondition")
            : null;
        var sequential = (string?)element.Attribute("isSequential") is { } s && bool.TryParse(s, out var b) && b;
        if (collectionExpression is null || string.IsNullOrWhiteSpace(variable)) return null;
        return new MultiInstanceSpec(
            sequential,
            collectionExpression,
            variable.Trim(),
            condition,
            (string?)element.Attribute(Ta + "outcomeVariable") ?? "outcome",
            (string?)element.Attribute(Ta + "resultVariable") ?? taskId + "Result");
    }

    private ServiceTaskNode? ReadServiceTask(XElement element, string id, string? name, string? scopeId, int line)
    {
        CheckChildren(element);
        var type = (string?)element.Attribute(Ta + "type");
        return string.IsNullOrWhiteSpace(type)
            ? Refuse<ServiceTaskNode>(element, id, "serviceTask needs ta:type naming the registered activity")
            : new ServiceTaskNode(id, name, scopeId, line, type.Trim());
    }

    private ReceiveTaskNode? ReadReceiveTask(XElement element, string id, string? name, string? scopeId, int line)
    {
        CheckChildren(element);
        var message = MessageName(element, id);
        return message is null ? null : new ReceiveTaskNode(id, name, scopeId, line, message);
    }

    private FlowNode? ReadCatchEvent(XElement element, string id, string? name, string? scopeId, int line)
    {
        CheckChildren(element, "timerEventDefinition", "messageEventDefinition");
        var definition = EventDefinition(element);
        switch (definition?.Name.LocalName)
        {
            case "timerEventDefinition":
                var timer = ReadTimer(definition, id);
                return timer is null ? null : new TimerCatchEventNode(id, name, scopeId, line, timer);
            case "messageEventDefinition":
                var message = MessageName(definition, id);
                return message is null ? null : new MessageCatchEventNode(id, name, scopeId, line, message);
            default:
                return Unsupported(element, id, $"intermediateCatchEvent of type {EventTypeName(definition)} is not supported");
        }
    }

    private GatewayNode ReadGateway(XElement element, string id, string? name, string? scopeId, int line, GatewayKind kind)
    {
        CheckChildren(element);
        return new GatewayNode(id, name, scopeId, line, kind, NullIfBlank((string?)element.Attribute("default")));
    }

    private SubProcessNode? ReadSubProcess(XElement element, string id, string? name, string? scopeId, int line)
    {
        if ((string?)element.Attribute("triggeredByEvent") == "true")
        {
            return Refuse<SubProcessNode>(element, id, "event sub-processes are not supported");
        }

        scopes[id] = (element, scopeId);
        ReadScope(element, id);
        return new SubProcessNode(id, name, scopeId, line);
    }

    private BoundaryEventNode? ReadBoundaryEvent(XElement element, string id, string? name, string? scopeId, int line)
    {
        CheckChildren(element, "timerEventDefinition", "errorEventDefinition");
        var attachedTo = NullIfBlank((string?)element.Attribute("attachedToRef"));
        if (attachedTo is null) return Refuse<BoundaryEventNode>(element, id, "boundaryEvent has no attachedToRef");
        var cancel = (string?)element.Attribute("cancelActivity") != "false";
        TimeoutAction? action = null;
        if ((string?)element.Attribute(Ta + "timeoutAction") is { } actionText)
        {
            if (Enum.TryParse<TimeoutAction>(actionText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                action = parsed;
            }
            else
            {
                Problem(element, id, $"ta:timeoutAction '{actionText}' must be remind, approve or reject");
            }
        }

        var definition = EventDefinition(element);
        switch (definition?.Name.LocalName)
        {
            case "timerEventDefinition":
                var timer = ReadTimer(definition, id);
                return timer is null ? null : new BoundaryEventNode(id, name, scopeId, line, attachedTo, BoundaryEventKind.Timer, cancel, timer, null, action);
            case "errorEventDefinition":
                if (action is not null) Problem(element, id, "ta:timeoutAction is only allowed on timer boundary events");
                var code = ErrorCode(definition, id, required: false);
                return new BoundaryEventNode(id, name, scopeId, line, attachedTo, BoundaryEventKind.Error, cancel, null, code, null);
            default:
                return Refuse<BoundaryEventNode>(element, id, $"boundaryEvent of type {EventTypeName(definition)} is not supported");
        }
    }

    private DynamicText? ReadDynamicText(XElement element, string id, string attribute)
    {
        if ((string?)element.Attribute(Ta + attribute) is not { } raw || string.IsNullOrWhiteSpace(raw)) return null;
        try
        {
            return DynamicText.Parse(raw);
        }
        catch (ExpressionParseException e)
        {
            Problem(element, id, $"ta:{attribute} '{raw}' does not parse: {e.Problem} at position {e.Position}");
            return null;
        }
    }

    private T? Refuse<T>(XElement element, string id, string message)
        where T : class
    {
        Problem(element, id, message);
        return null;
    }
}
