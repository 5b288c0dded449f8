namespace TaskAdmission.CrashHost;

/// <summary>The process the crash test runs: three timers, each followed by a service task with a side effect.</summary>
public static class CrashProcess
{
    public const string ProcessId = "crash_steps";

    /// <summary>The <c>ta:type</c> of the side-effect steps.</summary>
    public const string StepType = "CrashStep";

    /// <summary>The outbox message type each step enqueues.</summary>
    public const string SideEffect = "SideEffect";

    public static readonly string[] Steps = ["s1", "s2", "s3"];

    public static string Xml => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ta="https://taskadmission.example/bpmn" id="crash" targetNamespace="https://taskadmission.example/test">
          <bpmn:process id="{ProcessId}" isExecutable="true">
            <bpmn:startEvent id="start" />
            {Timer("t1")}<bpmn:serviceTask id="s1" ta:type="{StepType}" />
            {Timer("t2")}<bpmn:serviceTask id="s2" ta:type="{StepType}" />
            {Timer("t3")}<bpmn:serviceTask id="s3" ta:type="{StepType}" />
            <bpmn:endEvent id="end" />
            {Flows("start", "t1", "s1", "t2", "s2", "t3", "s3", "end")}
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static string Timer(string id) =>
        $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:timerEventDefinition><bpmn:timeDuration>PT0S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""";

    private static string Flows(params string[] ids) =>
        string.Concat(ids.Zip(ids.Skip(1)).Select(p => $"""<bpmn:sequenceFlow id="f_{p.First}" sourceRef="{p.First}" targetRef="{p.Second}" />"""));
}
