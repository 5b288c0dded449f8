using System.Text;
using System.Text.Json;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Workflows.Tests.Properties;

/// <summary>
/// Builds a valid, loop-free process from a recipe of numbers (so CsCheck can generate and shrink it): user and service
/// tasks, and exclusive, parallel and inclusive gateways used as splits and as joins in any combination — including
/// the wrong ones (an exclusive split feeding a parallel join) that can leave a join waiting forever.
/// </summary>
internal sealed class RandomProcess
{
    private static readonly string[] Kinds = ["exclusive", "parallel", "inclusive"];

    private readonly StringBuilder nodes = new();
    private readonly List<(string Id, string Source, string Target)> flows = [];
    private readonly Dictionary<string, string> gatewayKinds = [];
    private readonly List<string> ports = ["start"];
    private int counter;

    private RandomProcess()
    {
    }

    public string Xml { get; private set; } = string.Empty;

    public IReadOnlyDictionary<string, JsonElement> Variables { get; private set; } = WorkflowVariables.Empty;

    public static RandomProcess Build(int[] recipe)
    {
        var builder = new RandomProcess();
        foreach (var step in recipe) builder.Apply(step);
        var ends = new StringBuilder();
        foreach (var port in builder.ports.ToList())
        {
            var end = $"end{builder.counter++}";
            ends.Append($"<bpmn:endEvent id=\"{end}\" />\n");
            builder.flows.Add(($"f{builder.flows.Count}", port, end));
        }

        var (flowXml, variables) = builder.Flows(recipe);
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ta="https://taskadmission.example/bpmn" id="d" targetNamespace="urn:t">
              <bpmn:process id="random" isExecutable="true">
            <bpmn:startEvent id="start" />
            {builder.nodes}{ends}{flowXml}
              </bpmn:process>
            </bpmn:definitions>
            """;
        builder.Xml = xml;
        builder.Variables = variables;
        return builder;
    }

    private void Apply(int step)
    {
        var port = Take(step / 4);
        switch (step % 4)
        {
            case 0:
                Node($"<bpmn:userTask id=\"u{counter}\" ta:assignee=\"someone\" />", $"u{counter++}", [port]);
                break;
            case 1:
                Node($"<bpmn:serviceTask id=\"s{counter}\" ta:type=\"Noop\" />", $"s{counter++}", [port]);
                break;
            case 2:
                var split = Gateway(step, [port]);
                for (var i = 1; i < 2 + (step / 48 % 2); i++) ports.Add(split);
                break;
            default:
                var joined = new List<string> { port };
                for (var i = 0; i < 1 + (step / 48 % 2) && ports.Count > 0; i++) joined.Add(Take(step / 7 + i));
                Gateway(step, joined);
                break;
        }
    }

    private string Take(int choice)
    {
        var port = ports[choice % ports.Count];
        ports.RemoveAt(choice % ports.Count);
        return port;
    }

    private string Gateway(int step, List<string> from)
    {
        var id = $"g{counter++}";
        gatewayKinds[id] = Kinds[step / 16 % 3];
        Node(string.Empty, id, from);
        return id;
    }

    private void Node(string xml, string id, List<string> from)
    {
        nodes.Append(xml);
        foreach (var source in from) flows.Add(($"f{flows.Count}", source, id));
        ports.Add(id);
    }

    /// <summary>Flows as XML; splitting exclusive/inclusive gateways get a default flow and conditions on the others.</summary>
    private (string Xml, IReadOnlyDictionary<string, JsonElement> Variables) Flows(int[] recipe)
    {
        var xml = new StringBuilder();
        var variables = new Dictionary<string, object>();
        foreach (var (gateway, kind) in gatewayKinds)
        {
            var outgoing = flows.Where(f => f.Source == gateway).ToList();
            var defaultFlow = kind != "parallel" && outgoing.Count > 1 ? $" default=\"{outgoing[0].Id}\"" : string.Empty;
            xml.Append($"<bpmn:{kind}Gateway id=\"{gateway}\"{defaultFlow} />\n");
        }

        foreach (var (id, source, target) in flows)
        {
            var needsCondition = gatewayKinds.TryGetValue(source, out var kind) && kind != "parallel"
                && flows.Count(f => f.Source == source) > 1 && flows.First(f => f.Source == source).Id != id;
            if (!needsCondition)
            {
                xml.Append($"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{source}\" targetRef=\"{target}\" />\n");
                continue;
            }

            variables[$"c_{id}"] = recipe.Length == 0 || recipe[int.Parse(id[1..]) % recipe.Length] / 5 % 2 == 0;
            xml.Append($"<bpmn:sequenceFlow id=\"{id}\" sourceRef=\"{source}\" targetRef=\"{target}\"><bpmn:conditionExpression>${{c_{id}}}</bpmn:conditionExpression></bpmn:sequenceFlow>\n");
        }

        return (xml.ToString(), WorkflowVariables.From(variables));
    }
}
