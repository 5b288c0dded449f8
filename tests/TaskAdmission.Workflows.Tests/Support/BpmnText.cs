namespace TaskAdmission.Workflows.Tests.Support;

/// <summary>Builds small BPMN documents inline so each test shows exactly the elements it exercises.</summary>
internal static class BpmnText
{
    public const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ta="https://taskadmission.example/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
        """;

    /// <summary>Wraps process content; <paramref name="rootExtras"/> goes before the process (messages, errors).</summary>
    public static string Process(string body, string rootExtras = "", string processId = "p") =>
        $"""
        {Header}
        {rootExtras}
          <bpmn:process id="{processId}" isExecutable="true">
        {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Sequence flows connecting the given ids in order, named f_a_b.</summary>
    public static string Chain(params string[] ids) =>
        string.Concat(ids.Zip(ids.Skip(1)).Select(p => Flow($"f_{p.First}_{p.Second}", p.First, p.Second)));

    public static string Flow(string id, string source, string target, string? condition = null) => condition is null
        ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}" />""" + "\n"
        : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>""" + "\n";

    public static string Start(string id = "start") => $"""<bpmn:startEvent id="{id}" />""" + "\n";

    public static string End(string id = "end") => $"""<bpmn:endEvent id="{id}" />""" + "\n";

    public static string UserTask(string id, string attributes = "", string inner = "") =>
        $"""<bpmn:userTask id="{id}" name="{id}" {attributes}>{inner}</bpmn:userTask>""" + "\n";

    public static string ServiceTask(string id, string type = "Noop") =>
        $"""<bpmn:serviceTask id="{id}" ta:type="{type}" />""" + "\n";

    public static string Gateway(string kind, string id, string? defaultFlow = null) => defaultFlow is null
        ? $"""<bpmn:{kind}Gateway id="{id}" />""" + "\n"
        : $"""<bpmn:{kind}Gateway id="{id}" default="{defaultFlow}" />""" + "\n";

    public static string TimerCatch(string id, string duration) =>
        $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""" + "\n";

    public static string TimerBoundary(string id, string attachedTo, string duration, bool interrupting = true, string attributes = "") =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}" cancelActivity="{(interrupting ? "true" : "false")}" {attributes}><bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""" + "\n";

    public static string MultiInstance(string collection, string variable, bool sequential = false, string? completion = null) =>
        $"""<bpmn:multiInstanceLoopCharacteristics isSequential="{(sequential ? "true" : "false")}" ta:collection="{collection}" ta:elementVariable="{variable}">{(completion is null ? "" : $"<bpmn:completionCondition xsi:type=\"bpmn:tFormalExpression\">{System.Security.SecurityElement.Escape(completion)}</bpmn:completionCondition>")}</bpmn:multiInstanceLoopCharacteristics>""";
}
