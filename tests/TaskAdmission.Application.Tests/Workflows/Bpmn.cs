using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>Small inline BPMN documents, and the repository's fixtures.</summary>
internal static class Bpmn
{
    private static readonly string Root = RepositoryPaths.Root;

    public static string Fixture(string folder, string name) => File.ReadAllText(Path.Combine(Root, "workflows", folder, name));

    public static string Process(string body, string processId = "p") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ta="https://taskadmission.example/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="https://taskadmission.example/test">
          <bpmn:message id="m_done" name="Done" />
          <bpmn:process id="{processId}" isExecutable="true">
        {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Sequence flows connecting the ids in order.</summary>
    public static string Chain(params string[] ids) =>
        string.Concat(ids.Zip(ids.Skip(1)).Select(p => Flow($"f_{p.First}_{p.Second}", p.First, p.Second)));

    public static string Flow(string id, string source, string target) => $"""<bpmn:sequenceFlow id="{id}" sourceRef="{source}" targetRef="{target}" />""" + "\n";

    public static string Start => """<bpmn:startEvent id="start" />""" + "\n";

    public static string End => """<bpmn:endEvent id="end" />""" + "\n";

    public static string UserTask(string id, string attributes = "") => $"""<bpmn:userTask id="{id}" name="{id}" {attributes} />""" + "\n";

    public static string ServiceTask(string id, string type) => $"""<bpmn:serviceTask id="{id}" ta:type="{type}" />""" + "\n";

    public static string Parallel(string id) => $"""<bpmn:parallelGateway id="{id}" />""" + "\n";

    public static string Receive(string id) => $"""<bpmn:receiveTask id="{id}" messageRef="m_done" />""" + "\n";

    public static string Timer(string id, string duration) =>
        $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""" + "\n";

    /// <summary>start → review (assigned to the variable <c>reviewer</c>) → next (same) → end.</summary>
    public static string TwoReviews => Process(Start + UserTask("review", "ta:assignee=\"${reviewer}\"") + UserTask("next", "ta:assignee=\"${reviewer}\"") + End
        + Chain("start", "review", "next", "end"));

    /// <summary>start → timer PT1H → after → end.</summary>
    public static string TimerThenTask => Process(Start + Timer("wait", "PT1H") + UserTask("after") + End + Chain("start", "wait", "after", "end"));
}
