using System.Xml;
using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Reads one BPMN document, collecting every problem instead of stopping at the first.</summary>
internal sealed partial class BpmnReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    // Non-executable BPMN content that cannot change behaviour, so ignoring it is safe.
    private static readonly HashSet<string> IgnoredScopeElements = ["documentation", "laneSet", "textAnnotation", "association", "group"];

    private readonly List<ParseProblem> problems = [];
    private readonly Dictionary<string, FlowNode> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> idLines = new(StringComparer.Ordinal);
    private readonly List<RawFlow> rawFlows = [];
    private readonly Dictionary<string, string?> messageNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> errorCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (XElement Element, string? ScopeId)> scopes = new(StringComparer.Ordinal);

    // Refused elements are already reported; flows touching them must not add "dangling" or "no incoming" noise.
    private readonly HashSet<string> refusedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> touchingRefused = new(StringComparer.Ordinal);

    private sealed record RawFlow(string Id, string? SourceId, string? TargetId, string? ScopeId, XElement Element);

    public BpmnParseResult Read(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return new BpmnParseResult(null, [new ParseProblem("document", e.LineNumber, $"not well-formed XML: {e.Message}")]);
        }

        var root = document.Root!;
        if (root.Name != Bpmn + "definitions")
        {
            var found = root.Name.NamespaceName.Length == 0 ? root.Name.LocalName : $"{{{root.Name.NamespaceName}}}{root.Name.LocalName}";
            Problem(root, "definitions", $"root element must be 'definitions' in namespace {Bpmn.NamespaceName} but was '{found}'");
            return new BpmnParseResult(null, problems);
        }

        var processes = ReadRootElements(root);
        if (processes.Count == 0)
        {
            Problem(root, "definitions", "the file contains no process");
        }
        else if (processes.Count > 1)
        {
            Problem(processes[1], Id(processes[1]) ?? "process", $"only one process per file is supported but found {processes.Count}");
        }

        if (processes.Count != 1) return Finish(null);

        var process = processes[0];
        var processId = Id(process) ?? "process";
        scopes[processId] = (process, null);
        ReadScope(process, null);
        var flows = LinkFlows();
        LinkBoundaryEvents();
        var definition = new ProcessDefinition(processId, (string?)process.Attribute("name"), nodes, flows);
        new DefinitionValidator(definition, processId, scopes, problems, touchingRefused, refusedIds).Validate();
        return Finish(definition);
    }

    private BpmnParseResult Finish(ProcessDefinition? definition) =>
        new(definition, problems.OrderBy(p => p.Line).ThenBy(p => p.ElementId, StringComparer.Ordinal).ToList());

    private List<XElement> ReadRootElements(XElement root)
    {
        var processes = new List<XElement>();
        foreach (var child in root.Elements())
        {
            if (child.Name.Namespace != Bpmn)
            {
                // Diagram interchange (bpmndi/dc/di) and other tools' root content do not execute.
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "process":
                    processes.Add(child);
                    break;
                case "message":
                    ReadNamedRoot(child, messageNames, "name", "message has no name");
                    break;
                case "error":
                    ReadNamedRoot(child, errorCodes, "errorCode", "error has no errorCode");
                    break;
                case "documentation" or "extensionElements":
                    CheckExtensionElements(child);
                    break;
                case "category":
                    // bpmn-js writes a category for every visual group; groups do not execute.
                    break;
                default:
                    Problem(child, Id(child) ?? child.Name.LocalName, $"{child.Name.LocalName} is not supported");
                    break;
            }
        }

        return processes;
    }

    private void ReadNamedRoot(XElement element, Dictionary<string, string?> target, string attribute, string missing)
    {
        var id = RequireId(element);
        if (id is null) return;
        var value = (string?)element.Attribute(attribute);
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(element, id, missing);
        }

        target[id] = value;
    }

    private void ReadScope(XElement scope, string? scopeId)
    {
        foreach (var child in scope.Elements())
        {
            if (child.Name.Namespace != Bpmn)
            {
                Problem(child, Id(child) ?? child.Name.LocalName, $"element {child.Name} is not supported");
                continue;
            }

            var name = child.Name.LocalName;
            if (name == "sequenceFlow")
            {
                ReadFlow(child, scopeId);
            }
            else if (name == "extensionElements")
            {
                CheckExtensionElements(child);
            }
            else if (name.EndsWith("LoopCharacteristics", StringComparison.Ordinal))
            {
                Problem(child, Id(scope) ?? scope.Name.LocalName, $"{name} on {scope.Name.LocalName} is not supported (only user tasks can be multi-instance)");
            }
            else if (!IgnoredScopeElements.Contains(name) && name is not ("incoming" or "outgoing"))
            {
                ReadNode(child, scopeId);
            }
        }
    }

    private void ReadFlow(XElement element, string? scopeId)
    {
        var id = RequireId(element);
        if (id is null) return;
        CheckChildren(element, "conditionExpression");
        CheckForeignAttributes(element);
        var source = (string?)element.Attribute("sourceRef");
        var target = (string?)element.Attribute("targetRef");
        if (string.IsNullOrWhiteSpace(source)) Problem(element, id, "sequenceFlow has no sourceRef");
        if (string.IsNullOrWhiteSpace(target)) Problem(element, id, "sequenceFlow has no targetRef");
        rawFlows.Add(new RawFlow(id, NullIfBlank(source), NullIfBlank(target), scopeId, element));
    }

    private Dictionary<string, SequenceFlow> LinkFlows()
    {
        var flows = new Dictionary<string, SequenceFlow>(StringComparer.Ordinal);
        foreach (var raw in rawFlows)
        {
            var source = Resolve(raw, raw.SourceId, "sourceRef");
            var target = Resolve(raw, raw.TargetId, "targetRef");
            var condition = ReadCondition(raw.Element.Element(Bpmn + "conditionExpression"), raw.Id);
            if (source is null || target is null)
            {
                if (source is not null && raw.TargetId is not null && refusedIds.Contains(raw.TargetId)) touchingRefused.Add(source.Id);
                if (target is not null && raw.SourceId is not null && refusedIds.Contains(raw.SourceId)) touchingRefused.Add(target.Id);
                continue;
            }

            if (source.ScopeId != raw.ScopeId || target.ScopeId != raw.ScopeId)
            {
                Problem(raw.Element, raw.Id, $"sequenceFlow connects '{source.Id}' and '{target.Id}' across a sub-process boundary");
                continue;
            }

            var flow = new SequenceFlow(raw.Id, source.Id, target.Id, condition, Line(raw.Element));
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
        if (refusedIds.Contains(reference)) return null;
        Problem(raw.Element, raw.Id, $"{attribute} '{reference}' does not match any flow node (dangling sequence flow)");
        return null;
    }

    private WorkflowExpression? ReadCondition(XElement? element, string ownerId)
    {
        if (element is null) return null;
        var text = element.Value;
        if ((string?)element.Attribute("language") is { Length: > 0 } language)
        {
            Problem(element, ownerId, $"conditionExpression language '{language}' is not supported; write the condition in the built-in expression language");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(element, ownerId, "conditionExpression is empty");
            return null;
        }

        return ParseExpression(element, ownerId, text, "condition");
    }

    private WorkflowExpression? ParseExpression(XElement element, string ownerId, string text, string what)
    {
        if (WorkflowExpression.TryParse(text, out var expression, out var error)) return expression;
        Problem(element, ownerId, $"{what} '{text.Trim()}' does not parse: {error!.Problem} at position {error.Position}");
        return null;
    }

    private void LinkBoundaryEvents()
    {
        foreach (var boundary in nodes.Values.OfType<BoundaryEventNode>())
        {
            if (nodes.TryGetValue(boundary.AttachedToId, out var host)) host.AddBoundaryEvent(boundary);
        }
    }

    private string? Id(XElement element) => NullIfBlank((string?)element.Attribute("id"));

    private string? RequireId(XElement element)
    {
        var id = Id(element);
        if (id is null)
        {
            Problem(element, element.Name.LocalName, $"{element.Name.LocalName} has no id");
            return null;
        }

        if (!idLines.TryAdd(id, Line(element)))
        {
            Problem(element, id, $"id '{id}' is already used on line {idLines[id]}");
            return null;
        }

        return id;
    }

    private void Problem(XElement element, string id, string message) => problems.Add(new ParseProblem(id, Line(element), message));

    private static int Line(XElement element) => ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : 0;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
