using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Flow-node reading: dispatch by element, what every activity shares, gateways and sub-processes.</summary>
internal sealed partial class BpmnReader
{
    private static readonly HashSet<string> MultiInstanceHosts = ["userTask", "manualTask", "subProcess", "callActivity"];

    private static readonly Dictionary<string, string> RefusedTypes = new(StringComparer.Ordinal)
    {
        ["sendTask"] = "sendTask is not supported: send messages from a serviceTask through the outbox",
        ["scriptTask"] = "scriptTask is not supported: scripts run code the engine does not have; use a serviceTask",
        ["businessRuleTask"] = "businessRuleTask is not supported: decide with a gateway or a serviceTask",
        ["transaction"] = "transaction sub-processes are not supported",
        ["adHocSubProcess"] = "adHocSubProcess is not supported",
        ["complexGateway"] = "complexGateway is not supported: use an inclusive or parallel gateway",
    };

    private void ReadNode(XElement element, string? scopeId)
    {
        Understand(element);
        var type = element.Name.LocalName;
        var id = RequireId(element);
        if (id is null)
        {
            UnderstandTree(element);
            return;
        }

        var name = Attr(element, "name");
        var line = ProblemLog.Line(element);
        ReadCommonChildren(element, id);
        if (RefusedTypes.TryGetValue(type, out var refusal))
        {
            problems.Error(element, id, refusal);
            UnderstandTree(element);
            nodes[id] = new RefusedNode(id, name, scopeId, line, type);
            return;
        }

        var isActivity = type.EndsWith("Task", StringComparison.Ordinal) || type is "task" or "subProcess" or "callActivity";
        if (isActivity) ReadActivityAttributes(element, id);
        var multi = element.Element(Bpmn + "multiInstanceLoopCharacteristics") is { } mi && MultiInstanceHosts.Contains(type)
            && (type != "manualTask" || IsConfirmation(element, id))
            ? ReadMultiInstance(mi, id)
            : null;

        FlowNode? node = type switch
        {
            "startEvent" => ReadStartEvent(element, id, name, scopeId, line),
            "endEvent" => ReadEndEvent(element, id, name, scopeId, line),
            "intermediateCatchEvent" => ReadCatchEvent(element, id, name, scopeId, line),
            "intermediateThrowEvent" => ReadThrowEvent(element, id, name, scopeId, line),
            "boundaryEvent" => ReadBoundaryEvent(element, id, name, scopeId, line),
            "task" => new PassThroughNode(id, name, scopeId, line, "task"),
            "manualTask" => IsConfirmation(element, id) ? ReadUserTask(element, id, name, scopeId, line, "manualTask") : new PassThroughNode(id, name, scopeId, line, "manualTask"),
            "userTask" => ReadUserTask(element, id, name, scopeId, line, "userTask"),
            "serviceTask" => ReadServiceTask(element, id, name, scopeId, line),
            "receiveTask" => ReadReceiveTask(element, id, name, scopeId, line),
            "callActivity" => ReadCallActivity(element, id, name, scopeId, line),
            "subProcess" => ReadSubProcess(element, id, name, scopeId, line),
            "exclusiveGateway" => ReadGateway(element, id, name, scopeId, line, GatewayKind.Exclusive),
            "parallelGateway" => ReadGateway(element, id, name, scopeId, line, GatewayKind.Parallel),
            "inclusiveGateway" => ReadGateway(element, id, name, scopeId, line, GatewayKind.Inclusive),
            _ => ReadGateway(element, id, name, scopeId, line, GatewayKind.EventBased),
        };
        // An event sub-process is drawn without sequence flows: its stand-in is not held to the flow counts.
        var refusedType = type == "subProcess" && Attr(element, "triggeredByEvent") is { } triggered && triggered.Trim() is "true" or "1" ? EventSubProcessType : type;
        node ??= new RefusedNode(id, name, scopeId, line, refusedType);
        node.MultiInstance = multi;
        if (laneOfNode.TryGetValue(id, out var lane)) node.LaneId = lane.Id;
        nodes[id] = node;
    }

    private bool IsConfirmation(XElement element, string id) => Bool(element, Ta + "confirm", id) == true;

    /// <summary>Attributes every activity may carry; only their default values are supported.</summary>
    private void ReadActivityAttributes(XElement element, string id)
    {
        if (Bool(element, "isForCompensation", id) == true)
        {
            problems.Error(element, id, "compensation handlers (isForCompensation=\"true\") are not supported");
        }

        foreach (var quantity in new[] { "startQuantity", "completionQuantity" })
        {
            if (Attr(element, quantity) is { } value && value.Trim() != "1")
            {
                problems.Error(element, id, $"{quantity}=\"{value}\" is not supported (only 1)");
            }
        }

        if (Attr(element, "default") is not null)
        {
            problems.Error(element, id, "a default flow on an activity (conditional flows leaving a task) is not supported; split with an exclusive gateway after it");
        }

        // Job hints: every step already commits before the next, and a failing step stops at an incident (async's effect).
        foreach (var hint in new[] { "async", "exclusive", "asyncBefore", "asyncAfter", "formFieldValidation" })
        {
            if (DialectAttr(element, hint, id) is { } attribute) Bool(element, attribute.Name, id);
        }
    }

    private GatewayNode? ReadGateway(XElement element, string id, string? name, string? scopeId, int line, GatewayKind kind)
    {
        Attr(element, "gatewayDirection");
        var defaultFlow = NullIfBlank(Attr(element, "default"));
        if (kind == GatewayKind.EventBased)
        {
            if (Bool(element, "instantiate", id) == true)
            {
                problems.Error(element, id, "an instantiating event-based gateway (instantiate=\"true\") is not supported; start instances through a start event");
                return null;
            }

            if (Attr(element, "eventGatewayType") is { } gatewayType && gatewayType.Trim() != "Exclusive")
            {
                problems.Error(element, id, $"eventGatewayType=\"{gatewayType}\" is not supported (only Exclusive)");
                return null;
            }
        }

        return new GatewayNode(id, name, scopeId, line, kind, defaultFlow);
    }

    /// <summary>Element type of a refused event sub-process's stand-in.</summary>
    internal const string EventSubProcessType = "eventSubProcess";

    private SubProcessNode? ReadSubProcess(XElement element, string id, string? name, string? scopeId, int line)
    {
        if (Bool(element, "triggeredByEvent", id) == true)
        {
            problems.Error(element, id, "event sub-processes (triggeredByEvent=\"true\") are not supported; use a boundary event on a sub-process");
            UnderstandTree(element);
            return null;
        }

        scopes[id] = new ScopeInfo(element, scopeId);
        ReadScope(element, id);
        return new SubProcessNode(id, name, scopeId, line);
    }
}
