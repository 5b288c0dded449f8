using System.Xml;
using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>
/// Reads one BPMN document, collecting every problem instead of stopping at the first. Each reader method marks what it
/// understood; a final sweep reports everything else in a known namespace as an error and everything in other
/// namespaces as one warning per namespace, so no attribute or element of a file is ever silently dropped.
/// </summary>
internal sealed partial class BpmnReader(BpmnParserOptions options)
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;
    private static readonly XNamespace Ta = BpmnNamespaces.TaskAdmission;

    private readonly ProblemLog problems = new();
    private readonly Dictionary<string, FlowNode> nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> idLines = new(StringComparer.Ordinal);
    private readonly List<RawFlow> rawFlows = [];
    private readonly Dictionary<string, string?> messageNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> signalNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> errorCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> escalationCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScopeInfo> scopes = new(StringComparer.Ordinal);
    private readonly List<(XElement Element, string Id, IReadOnlyList<string> Refs, string Kind)> declaredFlowRefs = [];

    private DialectOptions Dialect => options.Dialect;

    private sealed record RawFlow(string Id, string? SourceId, string? TargetId, string? ScopeId, XElement Element, Expressions.WorkflowExpression? Condition, bool ConditionFailed);

    /// <summary>A process or sub-process: its element and the enclosing scope (null for the process).</summary>
    internal sealed record ScopeInfo(XElement Element, string? ParentId);

    public BpmnParseResult Read(string xml)
    {
        if (XmlPrescan.Check(xml, options) is { } refused) return new BpmnParseResult(null, [refused]);

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), XmlPrescan.Settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return new BpmnParseResult(null, [new ParseProblem("document", e.LineNumber, $"not well-formed XML: {e.Message}")]);
        }

        var root = document.Root!;
        if (root.Name != Bpmn + "definitions")
        {
            var found = root.Name.NamespaceName.Length == 0 ? root.Name.LocalName : $"{{{root.Name.NamespaceName}}}{root.Name.LocalName}";
            problems.Error(root, "definitions", $"root element must be 'definitions' in namespace {Bpmn.NamespaceName} but was '{found}'");
            return Finish(null);
        }

        CheckNamespaceSpellings(root);
        var process = ReadRoot(root);
        ProcessDefinition? definition = null;
        if (process is not null)
        {
            var processId = Id(process) ?? "process";
            scopes[processId] = new ScopeInfo(process, null);
            var lanes = ReadLaneSets(process);
            ReadScope(process, null);
            var flows = LinkFlows();
            LinkBoundaryEvents();
            CheckDeclaredFlowRefs(flows);
            definition = new ProcessDefinition(processId, Attr(process, "name"), nodes, flows, lanes);
            new DefinitionValidator(definition, processId, scopes, problems).Validate();
        }

        Sweep(root);
        return Finish(definition);
    }

    private BpmnParseResult Finish(ProcessDefinition? definition) => new(definition, problems.Ordered());

    /// <summary>Reads the root's children; returns the executable process, or null when there is none to run.</summary>
    private XElement? ReadRoot(XElement root)
    {
        Understand(root);
        foreach (var name in new[] { "id", "name", "targetNamespace", "expressionLanguage", "typeLanguage", "exporter", "exporterVersion" }) Attr(root, name);
        Attr(root, BpmnNamespaces.Xsi + "schemaLocation");
        Attr(root, BpmnNamespaces.CamundaModeler + "executionPlatform");
        Attr(root, BpmnNamespaces.CamundaModeler + "executionPlatformVersion");

        ReadCommonChildren(root);
        var processes = new List<XElement>();
        var collaborations = new List<XElement>();
        foreach (var child in root.Elements())
        {
            if (child.Name.Namespace == BpmnNamespaces.Diagram && child.Name.LocalName == "BPMNDiagram")
            {
                // Layout only: shapes and edges never execute.
                UnderstandTree(child);
                continue;
            }

            if (child.Name.Namespace != Bpmn) continue;
            switch (child.Name.LocalName)
            {
                case "process":
                    processes.Add(child);
                    break;
                case "collaboration":
                    collaborations.Add(child);
                    break;
                case "message":
                    ReadNamedRoot(child, messageNames, "name", "message has no name; messages are delivered by name: add name=\"…\"");
                    break;
                case "signal":
                    ReadNamedRoot(child, signalNames, "name", "signal has no name; signals are sent by name: add name=\"…\"");
                    break;
                case "error":
                    ReadNamedRoot(child, errorCodes, "errorCode", "error has no errorCode");
                    break;
                case "escalation":
                    ReadNamedRoot(child, escalationCodes, "escalationCode", "escalation has no escalationCode");
                    break;
                case "itemDefinition":
                    // A type declaration; nothing the engine runs refers to it.
                    Understand(child);
                    foreach (var name in new[] { "id", "structureRef", "itemKind", "isCollection" }) Attr(child, name);
                    Bool(child, "isCollection", "itemDefinition");
                    ReadCommonChildren(child);
                    break;
                case "category":
                    // bpmn-js writes a category for every visual group; groups do not execute.
                    UnderstandTree(child);
                    break;
            }
        }

        return ChooseProcess(root, processes, collaborations);
    }

    private XElement? ChooseProcess(XElement root, List<XElement> processes, List<XElement> collaborations)
    {
        if (collaborations.Count > 1)
        {
            problems.Error(collaborations[1], Id(collaborations[1]) ?? "collaboration", $"only one collaboration per file is supported but found {collaborations.Count}");
            foreach (var extra in collaborations.Skip(1)) UnderstandTree(extra);
        }

        var referenced = collaborations.Count > 0 ? ReadCollaboration(collaborations[0]) : null;
        if (processes.Count == 0)
        {
            problems.Error(root, "definitions", "the file contains no process");
            return null;
        }

        var executable = processes.Where(p => ExecutableFlag(p) == true).ToList();
        if (processes.Count == 1)
        {
            var only = processes[0];
            if (ExecutableFlag(only) == false)
            {
                problems.Warning(only, Id(only) ?? "process", "process is marked isExecutable=\"false\"; it is the file's only process, so it is deployed and run anyway");
            }

            CheckReferenced(only, referenced);
            return only;
        }

        if (executable.Count != 1)
        {
            var at = executable.Count > 1 ? executable[1] : processes[0];
            problems.Error(at, Id(at) ?? "process", executable.Count == 0
                ? $"the file has {processes.Count} processes and none is marked isExecutable=\"true\"; mark the one to run"
                : $"only one executable process per file is supported but {executable.Count} are marked isExecutable=\"true\" ({string.Join(", ", executable.Select(p => Id(p)))})");
            foreach (var process in processes) UnderstandTree(process);
            return null;
        }

        foreach (var other in processes.Where(p => p != executable[0]))
        {
            // The other pools' processes document partners; their content is reported once, not run.
            var count = other.Descendants().Count(e => e.Name.Namespace == Bpmn && e.Parent == other);
            UnderstandTree(other);
            if (count > 0)
            {
                problems.Warning(other, Id(other) ?? "process", $"process is not executable (isExecutable=\"false\"); its {count} elements are documentation and do not run");
            }
        }

        CheckReferenced(executable[0], referenced);
        return executable[0];
    }

    private void CheckReferenced(XElement process, IReadOnlyList<(XElement Participant, string ProcessRef)>? referenced)
    {
        if (referenced is null) return;
        var processIds = process.Document!.Root!.Elements(Bpmn + "process").Select(Id).ToHashSet();
        foreach (var (participant, processRef) in referenced.Where(r => !processIds.Contains(r.ProcessRef)))
        {
            problems.Error(participant, Id(participant) ?? "participant", $"processRef '{processRef}' does not match any process of the file");
        }

        var id = Id(process);
        var pools = referenced.Where(r => r.ProcessRef == id).ToList();
        if (pools.Count == 0)
        {
            problems.Error(process, id ?? "process", "no participant (pool) of the collaboration refers to this process");
        }
        else if (pools.Count > 1)
        {
            problems.Error(pools[1].Participant, Id(pools[1].Participant) ?? "participant", $"{pools.Count} participants refer to process '{id}'; the executable process is one pool");
        }
    }

    private bool? ExecutableFlag(XElement process) => Bool(process, "isExecutable", Id(process) ?? "process");

    private void ReadNamedRoot(XElement element, Dictionary<string, string?> target, string attribute, string missing)
    {
        Understand(element);
        Attr(element, "name");
        var id = RequireId(element);
        ReadCommonChildren(element);
        if (element.Name.LocalName == "message" && Attr(element, "itemRef") is not null)
        {
            problems.Error(element, id ?? "message", "message itemRef (typed payloads) is not supported; message variables are plain JSON");
        }

        if (element.Name.LocalName == "error") Attr(element, "structureRef");
        if (id is null) return;
        var value = Attr(element, attribute);
        if (string.IsNullOrWhiteSpace(value)) problems.Error(element, id, missing);
        target[id] = value;
    }
}
