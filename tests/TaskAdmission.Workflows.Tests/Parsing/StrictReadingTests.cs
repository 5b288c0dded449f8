using System.Text;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Parsing;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Parsing;

/// <summary>Nothing in a file is silently dropped: each word is understood or reported once, under the element the user drew.</summary>
public sealed class StrictReadingTests
{
    private static IReadOnlyList<string> Problems(string xml) => BpmnParser.Parse(xml).Problems.Select(p => p.ToString()).ToList();

    private static int LineOf(string xml, string text) => xml.Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData("0", false)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData(" true ", true)]
    public void CancelActivity_IsReadAsAnXmlSchemaBoolean(string value, bool interrupting)
    {
        var xml = Process(Start() + UserTask("t1") + $"""<bpmn:boundaryEvent id="tb" attachedToRef="t1" cancelActivity="{value}"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>"""
            + End() + End("late") + Chain("start", "t1", "end") + Chain("tb", "late"));

        var boundary = Assert.IsType<BoundaryEventNode>(BpmnParser.ParseOrThrow(xml).Node("tb"));

        Assert.Equal(interrupting, boundary.CancelActivity);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void IsSequential_IsReadAsAnXmlSchemaBoolean(string value, bool sequential)
    {
        var xml = Process(Start() + UserTask("t1", "ta:assignee=\"${a}\"", $"""<bpmn:multiInstanceLoopCharacteristics isSequential="{value}" ta:collection="xs" ta:elementVariable="a" />""") + End() + Chain("start", "t1", "end"));

        Assert.Equal(sequential, BpmnParser.ParseOrThrow(xml).Node("t1").MultiInstance!.IsSequential);
    }

    [Fact]
    public void Boolean_ThatIsNotXmlSchema_IsReportedUnderTheDrawnElement()
    {
        var xml = Process(Start() + UserTask("t1", "ta:assignee=\"a\"") + """<bpmn:boundaryEvent id="tb" attachedToRef="t1" cancelActivity="no"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>"""
            + End() + End("late") + Chain("start", "t1", "end") + Chain("tb", "late"));

        Assert.Equal([$"tb line {LineOf(xml, "id=\"tb\"")}: attribute cancelActivity must be true, false, 1 or 0 but was 'no'"], Problems(xml));
    }

    [Fact]
    public void MisspelledTaAttribute_IsReported_WithTheWordItProbablyMeant()
    {
        var xml = Process(Start() + UserTask("t1", "ta:candidateRole=\"TownshipApprover\"") + End() + Chain("start", "t1", "end"));

        Assert.Contains($"t1 line {LineOf(xml, "id=\"t1\"")}: ta:candidateRole is not a ta: attribute; did you mean ta:candidateRoles?", Problems(xml));
    }

    [Fact]
    public void MisplacedTaAttribute_IsReported_WithWhereItBelongs()
    {
        var xml = Process(Start() + """<bpmn:serviceTask id="svc" ta:type="Noop" ta:assignee="li" />""" + End() + Chain("start", "svc", "end"));

        Assert.Equal(["svc line 6: ta:assignee is not allowed on serviceTask (it belongs on userTask)"], Problems(xml));
    }

    [Fact]
    public void TaNamespaceSpelledWithHttp_IsReportedOnce_NotIgnored()
    {
        var xml = Process(Start() + UserTask("t1") + End() + Chain("start", "t1", "end"))
            .Replace("<bpmn:userTask id=\"t1\" name=\"t1\" >", "<bpmn:userTask id=\"t1\" name=\"t1\" xmlns:tx=\"http://taskadmission.example/bpmn\" tx:candidateRoles=\"A\" tx:assignee=\"b\">");

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Equal("definitions", problem.ElementId);
        Assert.Contains("namespace 'http://taskadmission.example/bpmn' is not the ta: namespace 'https://taskadmission.example/bpmn'", problem.Message);
        Assert.Contains("its 2 attributes and elements would be ignored", problem.Message);
    }

    [Fact]
    public void UnknownNamespace_IsOneWarning_ListingWhatWasIgnored()
    {
        var xml = Process(Start() + UserTask("t1", "ta:assignee=\"a\" xmlns:acme=\"urn:acme\" acme:color=\"red\"", "<bpmn:extensionElements><acme:hint>x</acme:hint></bpmn:extensionElements>") + End() + Chain("start", "t1", "end"));

        var result = BpmnParser.Parse(xml);

        Assert.True(result.IsValid);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("namespace 'urn:acme' is not read by the engine; ignored: attribute color on userTask t1, element hint in extensionElements of t1", warning.Message);
    }

    [Fact]
    public void UnknownPlainAttribute_AndStrayText_AreReported()
    {
        var xml = Process(Start() + """<bpmn:userTask id="t1" ta:assignee="a" priority="high">approve quickly</bpmn:userTask>""" + End() + Chain("start", "t1", "end"));

        Assert.Equal(
            ["t1 line 6: attribute priority on userTask is not supported", "t1 line 6: text 'approve quickly' inside userTask has no meaning here"],
            Problems(xml));
    }

    [Fact]
    public void DefaultFlowToARefusedElement_ReportsOnlyTheRefusal()
    {
        var xml = Process(Start() + Gateway("exclusive", "g", "to_script") + """<bpmn:scriptTask id="script" scriptFormat="js" />""" + End("e1") + End("e2")
            + Chain("start", "g") + Flow("to_script", "g", "script") + Flow("other", "g", "e1", "x == 1") + Chain("script", "e2"));

        Assert.Equal([$"script line {LineOf(xml, "id=\"script\"")}: scriptTask is not supported: scripts run code the engine does not have; use a serviceTask"], Problems(xml));
    }

    [Fact]
    public void FlowsTouchingARefusedElement_StillHaveTheirOwnProblemsReported()
    {
        var xml = Process(Start() + """<bpmn:scriptTask id="script" />""" + End() + Chain("start", "script") + Flow("cond", "script", "end", "x == 1"));

        var problems = Problems(xml);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("script ", StringComparison.Ordinal) && p.Contains("scriptTask is not supported"));
        Assert.Contains(problems, p => p.StartsWith("cond ", StringComparison.Ordinal) && p.Contains("conditions are only supported on sequence flows leaving exclusive or inclusive gateways"));
    }

    [Fact]
    public void IoSpecification_IsRefusedForWhatItIs()
    {
        var xml = Process(Start() + """<bpmn:userTask id="t1" ta:assignee="a"><bpmn:ioSpecification id="io"><bpmn:dataInput id="in1" /></bpmn:ioSpecification></bpmn:userTask>""" + End() + Chain("start", "t1", "end"));

        Assert.Equal(["t1 line 6: ioSpecification (declared data inputs and outputs) is not supported: activities read and write process variables directly; remove it"], Problems(xml));
    }

    [Fact]
    public void MultiInstanceProblems_AreReportedUnderTheTask()
    {
        var xml = Process(Start() + UserTask("sign", "ta:assignee=\"${a}\"", """<bpmn:multiInstanceLoopCharacteristics id="mi_1" ta:elementVariable="a" ta:collectoin="xs"><bpmn:loopDataInputRef>xs</bpmn:loopDataInputRef></bpmn:multiInstanceLoopCharacteristics>""") + End() + Chain("start", "sign", "end"));

        var problems = BpmnParser.Parse(xml).Problems;

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal("sign", p.ElementId));
        Assert.Contains(problems, p => p.Message.Contains("needs ta:collection"));
        Assert.Contains(problems, p => p.Message == "ta:collectoin is not a ta: attribute; did you mean ta:collection?");
        Assert.Contains(problems, p => p.Message == "loopDataInputRef inside multiInstanceLoopCharacteristics is not supported");
    }

    [Fact]
    public void UnsupportedEventDefinition_IsReportedExactlyOnce()
    {
        var xml = Process("""<bpmn:startEvent id="start"><bpmn:conditionalEventDefinition id="c1"><bpmn:condition>x</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:startEvent>""" + End() + Chain("start", "end"));

        Assert.Equal([$"start line {LineOf(xml, "id=\"start\"")}: startEvent of type conditional is not supported (start instances through the API or with a timer start event)"], Problems(xml));
    }

    [Fact]
    public void DeclaredIncomingThatDisagreesWithTheFlows_IsReported()
    {
        var xml = Process(Start() + """<bpmn:userTask id="t1" ta:assignee="a"><bpmn:incoming>ghost</bpmn:incoming></bpmn:userTask>""" + End() + Chain("start", "t1", "end"));

        Assert.Equal(["t1 line 6: incoming 'ghost' does not match a sequence flow ending at 't1'"], Problems(xml));
    }

    [Fact]
    public void DefaultOnAnActivity_AndCompensation_AreRefused()
    {
        var xml = Process(Start() + """<bpmn:userTask id="t1" ta:assignee="a" default="f_t1_end" isForCompensation="true" />""" + End() + Chain("start", "t1", "end"));

        var problems = Problems(xml);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("a default flow on an activity"));
        Assert.Contains(problems, p => p.Contains("compensation handlers (isForCompensation=\"true\") are not supported"));
    }

    [Fact]
    public void DoctypeDeclaration_IsRefused_BeforeAnythingIsExpanded()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&a;</bpmn:definitions>""";

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.StartsWith("DOCTYPE declarations are not allowed in BPMN files", problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void HundredThousandElementFile_IsRefusedCleanly_WithTheLimitNamed()
    {
        var body = new StringBuilder(Start());
        for (var i = 0; i < 50_000; i++) body.Append($"<bpmn:task id=\"t{i}\" />").Append(Flow($"f{i}", i == 0 ? "start" : $"t{i - 1}", $"t{i}"));

        var problem = Assert.Single(BpmnParser.Parse(Process(body.ToString())).Problems);

        Assert.Equal("document", problem.ElementId);
        Assert.Contains("more than 20,000 XML elements", problem.Message);
    }

    [Fact]
    public void LongChainWithoutWaits_DoesNotExhaustTheStack_WhenTheLimitIsRaised()
    {
        var body = new StringBuilder(Start());
        const int length = 50_000;
        for (var i = 0; i < length; i++) body.Append($"<bpmn:task id=\"t{i}\" />").Append(Flow($"f{i}", i == 0 ? "start" : $"t{i - 1}", $"t{i}"));
        body.Append(Flow("back", $"t{length - 1}", "t0"));

        var result = BpmnParser.Parse(Process(body.ToString()), new BpmnParserOptions { MaxElements = 200_000 });

        var problem = Assert.Single(result.Problems, p => p.Message.StartsWith("cycle without a wait state", StringComparison.Ordinal));
        Assert.Equal("t0", problem.ElementId);
    }

    [Fact]
    public void DeeplyNestedExpression_IsRefused_NotAStackOverflow()
    {
        var condition = new string('(', 10_000) + "x" + new string(')', 10_000);
        var xml = Process(Start() + Gateway("exclusive", "g", "b") + End("e1") + End("e2") + Chain("start", "g") + Flow("a", "g", "e1", condition) + Flow("b", "g", "e2"));

        Assert.Contains(BpmnParser.Parse(xml).Problems, p => p.ElementId == "a" && p.Message.Contains("nested more than 64 levels"));
    }

    [Fact]
    public void Collaboration_WithTwoExecutablePools_IsRefusedOnce()
    {
        var xml = Process(Start() + End() + Chain("start", "end")).Replace("<bpmn:process id=\"p\" isExecutable=\"true\">", """
            <bpmn:collaboration id="c"><bpmn:participant id="pool_a" processRef="p" /><bpmn:participant id="pool_b" processRef="q" /><bpmn:participant id="pool_c" processRef="ghost" /></bpmn:collaboration>
            <bpmn:process id="q" isExecutable="true"><bpmn:startEvent id="s2" /></bpmn:process>
            <bpmn:process id="p" isExecutable="true">
            """);

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Equal("p", problem.ElementId);
        Assert.StartsWith("only one executable process per file is supported but 2 are marked", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collaboration_PoolReferringToNoProcess_IsReported_AndThePartnerProcessIsAWarning()
    {
        var xml = Process(Start() + End() + Chain("start", "end")).Replace("<bpmn:process id=\"p\" isExecutable=\"true\">", """
            <bpmn:collaboration id="c"><bpmn:participant id="pool_a" processRef="p" /><bpmn:participant id="pool_b" processRef="q" /><bpmn:participant id="pool_c" processRef="ghost" /></bpmn:collaboration>
            <bpmn:process id="q" isExecutable="false"><bpmn:task id="partner_work" /></bpmn:process>
            <bpmn:process id="p" isExecutable="true">
            """);

        var result = BpmnParser.Parse(xml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("pool_c", "processRef 'ghost' does not match any process of the file"), (problem.ElementId, problem.Message));
        Assert.Contains(result.Warnings, w => w.ElementId == "q" && w.Message.Contains("its 1 elements are documentation"));
    }
}
