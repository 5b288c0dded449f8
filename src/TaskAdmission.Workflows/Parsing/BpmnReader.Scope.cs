using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Scopes (process, sub-process), lanes, sequence flows and their linking.</summary>
internal sealed partial class BpmnReader
{
    private static readonly HashSet<string> FlowNodeTypes =
    [
        "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
        "task", "userTask", "manualTask", "serviceTask", "sendTask", "receiveTask", "scriptTask", "businessRuleTask",
        "callActivity", "subProcess", "transaction", "adHocSubProcess",
        "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway",
    ];

    private readonly Dictionary<string, Lane> laneOfNode = new(StringComparer.Ordinal);
    private readonly List<(XElement Ref, string LaneId, string NodeId)> laneRefs = [];

    private void ReadScope(XElement scope, string? scopeId)
    {
        Understand(scope);
        ReadCommonChildren(scope);
        if (scopeId is null) ReadProcessAttributes(scope);
        foreach (var child in scope.Elements().Where(c => c.Name.Namespace == Bpmn))
        {
            var name = child.Name.LocalName;
            if (name == "sequenceFlow")
            {
                ReadFlow(child, scopeId);
            }
            else if (name is "textAnnotation" or "association" or "group")
            {
                // Annotations and groups are drawn notes; they never execute.
                UnderstandTree(child);
            }
            else if (FlowNodeTypes.Contains(name))
            {
                ReadNode(child, scopeId);
            }
        }
    }

    private void ReadProcessAttributes(XElement process)
    {
        foreach (var name in new[] { "name", "processType", "isClosed" }) Attr(process, name);
        var id = Id(process) ?? "process";
        Bool(process, "isClosed", id);
        RequireId(process);
        foreach (var starter in new[] { "candidateStarterGroups", "candidateStarterUsers" })
        {
            if (DialectAttr(process, starter, id) is { } attribute)
            {
                problems.Warning(process, id, $"{Display(attribute)} is not enforced by the engine: who may start a process is decided by the host's screens");
            }
        }

        DialectAttr(process, "versionTag", id);

        // Camunda Modeler 5 writes these on every Camunda 7 process; they steer the Camunda webapps, not the run.
        if (DialectAttr(process, "historyTimeToLive", id) is { } timeToLive)
        {
            problems.Warning(process, id, $"{Display(timeToLive)} has no effect here: instances and their journal are kept until the host removes them");
        }

        if (DialectAttr(process, "isStartableInTasklist", id) is { } startable)
        {
            Bool(process, startable.Name, id);
            problems.Warning(process, id, $"{Display(startable)} is not enforced by the engine: who may start a process is decided by the host's screens");
        }
    }

    private List<Lane> ReadLaneSets(XElement process)
    {
        var lanes = new List<Lane>();
        foreach (var laneSet in process.Elements(Bpmn + "laneSet")) ReadLaneSet(laneSet, null, lanes);
        return lanes;
    }

    private void ReadLaneSet(XElement laneSet, Lane? parent, List<Lane> lanes)
    {
        Understand(laneSet);
        Attr(laneSet, "id");
        Attr(laneSet, "name");
        ReadCommonChildren(laneSet);
        foreach (var element in laneSet.Elements(Bpmn + "lane"))
        {
            Understand(element);
            var id = RequireId(element) ?? "lane";
            ReadCommonChildren(element);
            var roles = Attr(element, Ta + "candidateRoles") is { } r ? SplitList(r) : parent?.CandidateRoles ?? [];
            var scope = ReadDynamicText(element, id, Ta + "candidateScope") ?? (Attr(element, Ta + "candidateRoles") is null ? parent?.CandidateScope : null);
            var refElements = element.Elements(Bpmn + "flowNodeRef").Select(f => (Element: f, NodeId: Text(f).Trim())).Where(f => f.NodeId.Length > 0).ToList();
            foreach (var (refElement, nodeId) in refElements) laneRefs.Add((refElement, id, nodeId));
            var refs = refElements.Select(f => f.NodeId).ToList();
            var lane = new Lane(id, Attr(element, "name"), roles, scope, refs);
            lanes.Add(lane);
            foreach (var nodeId in refs) laneOfNode[nodeId] = lane;
            foreach (var child in element.Elements(Bpmn + "childLaneSet")) ReadLaneSet(child, lane, lanes);
        }
    }

    private void ReadFlow(XElement element, string? scopeId)
    {
        Understand(element);
        var source = NullIfBlank(Attr(element, "sourceRef"));
        var target = NullIfBlank(Attr(element, "targetRef"));
        string id;
        if (Id(element) is null)
        {
            // Flowable, Activiti and jBPM accept flows without an id; here every flow needs one (references and the
            // journal name flows by id). Each such flow is reported with its ends, and still joins the graph under a
            // stand-in key so that its source and target are not also reported as lacking flows.
            Attr(element, "id");
            id = $"sequenceFlow@line{ProblemLog.Line(element)}";
            problems.ErrorEach(element, OwnerId(element.Parent ?? element),
                $"sequenceFlow from '{source ?? "?"}' to '{target ?? "?"}' has no id; give each sequence flow a unique id");
        }
        else
        {
            id = RequireId(element) ?? $"sequenceFlow@line{ProblemLog.Line(element)}";
        }

        Attr(element, "name");
        Bool(element, "isImmediate", id);
        ReadCommonChildren(element);
        if (source is null) problems.Error(element, id, "sequenceFlow has no sourceRef");
        if (target is null) problems.Error(element, id, "sequenceFlow has no targetRef");
        WorkflowExpression? condition = null;
        var failed = false;
        if (element.Element(Bpmn + "conditionExpression") is { } expression)
        {
            condition = ReadCondition(expression, id);
            failed = condition is null;
        }

        rawFlows.Add(new RawFlow(id, source, target, scopeId, element, condition, failed));
    }

    private WorkflowExpression? ReadCondition(XElement element, string ownerId)
    {
        Understand(element);
        Attr(element, BpmnNamespaces.Xsi + "type");
        Attr(element, "id");
        Attr(element, "evaluatesToTypeRef");
        var language = NullIfBlank(Attr(element, "language"));
        if (language is not null && !language.Contains("juel", StringComparison.OrdinalIgnoreCase) && !language.Contains("XPath", StringComparison.Ordinal))
        {
            problems.Error(element, ownerId, $"conditionExpression language '{language}' is not supported; write the condition in the built-in expression language (JUEL operators work)");
            Text(element);
            return null;
        }

        var text = Text(element);
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Error(element, ownerId, "conditionExpression is empty");
            return null;
        }

        return ParseExpression(element, ownerId, text, "condition");
    }

    private WorkflowExpression? ParseExpression(XObject at, string ownerId, string text, string what)
    {
        if (text.TrimStart() is ['=', not '=', ..])
        {
            // Camunda 8 (Zeebe) writes FEEL with a leading '=': say so instead of "unexpected character '='".
            problems.Error(at, ownerId, $"{what} '{text.Trim()}' is a FEEL expression (Camunda 8); FEEL is not supported: write it in the built-in expression language (JUEL operators work), e.g. ${{amount > 1000}} or ${{status == 'done'}}");
            return null;
        }

        if (WorkflowExpression.TryParse(text, out var expression, out var error)) return expression;
        problems.Error(at, ownerId, $"{what} '{text.Trim()}' does not parse: {error!.Problem} at position {error.Position}");
        return null;
    }

    private Dictionary<string, SequenceFlow> LinkFlows()
    {
        var flows = new Dictionary<string, SequenceFlow>(StringComparer.Ordinal);
        foreach (var raw in rawFlows)
        {
            var source = Resolve(raw, raw.SourceId, "sourceRef");
            var target = Resolve(raw, raw.TargetId, "targetRef");
            if (source is null || target is null) continue;
            if (source.ScopeId != raw.ScopeId || target.ScopeId != raw.ScopeId)
            {
                problems.Error(raw.Element, raw.Id, $"sequenceFlow connects '{source.Id}' and '{target.Id}' across a sub-process boundary");
                continue;
            }

            var flow = new SequenceFlow(raw.Id, source.Id, target.Id, raw.Condition, ProblemLog.Line(raw.Element)) { ConditionFailed = raw.ConditionFailed };
            flows[raw.Id] = flow;
            source.AddOutgoing(flow);
            target.AddIncoming(flow);
        }

        return flows;
    }

    private FlowNode? Resolve(RawFlow raw, string? reference, string attribute)
    {
        if (reference is null) return null;
        if (nodes.TryGetValue(reference, out var node)) return node;
        problems.Error(raw.Element, raw.Id, $"{attribute} '{reference}' does not match any flow node (dangling sequence flow)");
        return null;
    }

    private void LinkBoundaryEvents()
    {
        foreach (var boundary in nodes.Values.OfType<BoundaryEventNode>())
        {
            if (nodes.TryGetValue(boundary.AttachedToId, out var host)) host.AddBoundaryEvent(boundary);
        }
    }

    /// <summary>bpmn-js repeats each node's flows as incoming/outgoing children; they must agree with the flows' own refs.</summary>
    private void CheckDeclaredFlowRefs(IReadOnlyDictionary<string, SequenceFlow> flows)
    {
        foreach (var (element, nodeId, refs, kind) in declaredFlowRefs)
        {
            foreach (var flowId in refs)
            {
                var agrees = flows.TryGetValue(flowId, out var flow) && (kind == "incoming" ? flow.TargetId : flow.SourceId) == nodeId;
                if (agrees || rawFlows.Any(r => r.Id == flowId && !flows.ContainsKey(flowId))) continue;
                problems.Error(element, nodeId, $"{kind} '{flowId}' does not match a sequence flow {(kind == "incoming" ? "ending" : "starting")} at '{nodeId}'");
            }
        }

        foreach (var (refElement, laneId, nodeId) in laneRefs)
        {
            if (!nodes.ContainsKey(nodeId)) problems.Error(refElement, laneId, $"lane flowNodeRef '{nodeId}' does not match any flow node");
        }
    }

    private static List<string> SplitList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
