using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Parsing;

public sealed class BpmnParserTests
{
    [Fact]
    public void Parse_ReturnsDefinition_ForModelerFileWithDiagramAndExtensions()
    {
        var result = BpmnParser.Parse(Fixtures.Read("test", "township-review.bpmn"));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var definition = result.Definition!;
        Assert.Equal("township_review", definition.ProcessId);
        var review = Assert.IsType<UserTaskNode>(definition.Node("Task_township"));
        Assert.Equal(["TownshipApprover"], review.CandidateRoles);
        Assert.Equal("${townshipCode}", review.CandidateScope!.Raw);
        Assert.Equal(15, review.DueInWorkingDays);
        var timer = Assert.Single(review.BoundaryEvents);
        Assert.Equal(TimeoutAction.Remind, timer.TimeoutAction);
        Assert.Equal(TimerKind.WorkingDays, timer.Timer!.Kind);
        var joint = Assert.IsType<UserTaskNode>(definition.Node("Task_joint"));
        Assert.Equal("reviewer", joint.MultiInstance!.ElementVariable);
        Assert.False(joint.MultiInstance.IsSequential);
        Assert.Equal("CountyFeedback", Assert.IsType<MessageCatchEventNode>(definition.Node("Event_feedback")).MessageName);
        Assert.Equal("Flow_back", Assert.IsType<GatewayNode>(definition.Node("Gateway_decision")).DefaultFlowId);
    }

    [Fact]
    public void Parse_ReportsLine_WhenInputIsNotXml()
    {
        var result = BpmnParser.Parse("<bpmn:definitions>\n  <process>\n</bpmn:definitions>");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("not well-formed XML", problem.Message);
    }

    [Fact]
    public void Parse_ReportsLineOfBrokenTag_WhenXmlBreaksLater()
    {
        var result = BpmnParser.Parse("<a>\n<b>\n</c>\n</a>");

        Assert.Equal(3, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Parse_ReportsExpectedNamespace_WhenRootNamespaceIsWrong()
    {
        var xml = """<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/WRONG"><process id="p" /></definitions>""";

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Contains("http://www.omg.org/spec/BPMN/20100524/MODEL", problem.Message);
    }

    [Fact]
    public void Parse_ReportsMissingTargetRef()
    {
        var xml = Process(Start() + """<bpmn:sequenceFlow id="f1" sourceRef="start" />""" + End());

        var result = BpmnParser.Parse(xml);

        Assert.Contains(result.Problems, p => p.ElementId == "f1" && p.Message == "sequenceFlow has no targetRef");
    }

    [Fact]
    public void Parse_ReportsDanglingFlow_WhenTargetDoesNotExist()
    {
        var xml = Process(Start() + Flow("f1", "start", "ghost") + End() + Flow("f2", "start", "end"));

        var result = BpmnParser.Parse(xml);

        Assert.Contains(result.Problems, p => p.ElementId == "f1" && p.Message.Contains("targetRef 'ghost' does not match any flow node"));
    }

    [Fact]
    public void Parse_ReportsTwoStartEvents()
    {
        var xml = Process(Start("s1") + Start("s2") + End() + Chain("s1", "end") + Flow("f2", "s2", "end"));

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Equal("s2", problem.ElementId);
        Assert.Contains("2 none start events", problem.Message);
    }

    [Fact]
    public void Parse_ReportsMissingStartEvent()
    {
        var xml = Process(UserTask("t1") + End() + Chain("t1", "end"));

        var result = BpmnParser.Parse(xml);

        Assert.Contains(result.Problems, p => p.ElementId == "p" && p.Message == "process has no start event");
    }

    [Fact]
    public void Parse_ReportsCycle_WhenLoopHasNoWaitState()
    {
        var xml = Process(Start() + ServiceTask("s1") + Gateway("exclusive", "g", "back") + End()
            + Chain("start", "s1", "g") + Flow("back", "g", "s1") + Flow("out", "g", "end", "done == true"));

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Equal("s1", problem.ElementId);
        Assert.Contains("cycle without a wait state", problem.Message);
        Assert.Contains("s1, g", problem.Message);
    }

    [Fact]
    public void Parse_AcceptsCycle_WhenLoopContainsUserTask()
    {
        var xml = Process(Start() + UserTask("t1") + Gateway("exclusive", "g", "back") + End()
            + Chain("start", "t1", "g") + Flow("back", "g", "t1") + Flow("out", "g", "end", "done == true"));

        Assert.True(BpmnParser.Parse(xml).IsValid);
    }

    [Fact]
    public void Parse_RefusesUnsupportedElements_WithIdAndLine()
    {
        var result = BpmnParser.Parse(Fixtures.Read("test", "unsupported-elements.bpmn"));

        Assert.Equal(
            [
                "Store_1 line 3: dataStore is not supported: storage is the host's business",
                "Throw_signal line 7: intermediateThrowEvent of type signal is not supported",
                "Script_1 line 11: scriptTask is not supported: scripts run code the engine does not have; use a serviceTask",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Parse_ReportsConditionPosition_WhenConditionDoesNotParse()
    {
        var xml = Process(Start() + Gateway("exclusive", "g", "other") + End("e1") + End("e2")
            + Chain("start", "g") + Flow("bad", "g", "e1", "amount >> 3") + Flow("other", "g", "e2"));

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Equal("bad", problem.ElementId);
        Assert.Contains("condition 'amount >> 3' does not parse", problem.Message);
        Assert.Contains("position 9", problem.Message);
    }

    [Fact]
    public void Parse_RefusesScriptConditions()
    {
        var xml = Process(Start() + Gateway("exclusive", "g", "b") + End("e1") + End("e2") + Chain("start", "g")
            + """<bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e1"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">x &gt; 1</bpmn:conditionExpression></bpmn:sequenceFlow>"""
            + Flow("b", "g", "e2"));

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Contains("language 'javascript' is not supported", problem.Message);
    }

    [Fact]
    public void Parse_ReportsDefaultFlow_WhenItDoesNotExist()
    {
        var xml = Process(Start() + Gateway("exclusive", "g", "nope") + End("e1") + End("e2")
            + Chain("start", "g") + Flow("a", "g", "e1", "x == 1") + Flow("b", "g", "e2", "x == 2"));

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        var gatewayLine = xml.Split('\n').ToList().FindIndex(l => l.Contains("id=\"g\"", StringComparison.Ordinal)) + 1;
        Assert.Equal($"g line {gatewayLine}: default flow 'nope' does not exist", problem.ToString());
    }

    [Fact]
    public void Parse_ReturnsAllProblems_NotJustTheFirst()
    {
        var xml = Process(Start() + Start("s2") + ServiceTask("svc", "") + """<bpmn:sequenceFlow id="f9" sourceRef="start" />""");

        var result = BpmnParser.Parse(xml);

        Assert.True(result.Problems.Count >= 3, string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, p => p.Message.Contains("2 none start events"));
        Assert.Contains(result.Problems, p => p.Message.Contains("ta:type"));
        Assert.Contains(result.Problems, p => p.Message.Contains("no targetRef"));
    }

    [Fact]
    public void Parse_ReadsCamundaAssignee_AsTheDialect_AndRefusesZeebe()
    {
        var xml = Process(Start() + """<bpmn:userTask id="t1" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" camunda:assignee="demo" />"""
            + """<bpmn:userTask id="t2" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" zeebe:assignee="demo" ta:assignee="x" />""" + End() + Chain("start", "t1", "t2", "end"));

        var result = BpmnParser.Parse(xml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("t2", problem.ElementId);
        Assert.Contains("zeebe:assignee is not supported", problem.Message);
    }

    [Fact]
    public void Parse_RefusesListenersPrecisely_AndUnknownTaElements()
    {
        var body = Start() + """
            <bpmn:userTask id="t1" ta:assignee="a"><bpmn:extensionElements><ta:note>ok</ta:note><camunda:taskListener xmlns:camunda="http://camunda.org/schema/1.0/bpmn" event="create" class="com.example.Notify" /></bpmn:extensionElements></bpmn:userTask>
            """ + End() + Chain("start", "t1", "end");

        var problems = BpmnParser.Parse(Process(body)).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
            [
                "t1 line 6: ta:note is not a ta: extension element",
                "t1 line 6: camunda:taskListener (event 'create', runs 'com.example.Notify') is not supported: listeners run code the engine does not have; model the step as a serviceTask",
            ],
            problems);
    }

    [Theory]
    [InlineData("PT1H", TimerKind.Duration)]
    [InlineData("P3D", TimerKind.Duration)]
    [InlineData("15WD", TimerKind.WorkingDays)]
    public void Parse_AcceptsTimerDurations(string duration, TimerKind kind)
    {
        var xml = Process(Start() + TimerCatch("wait", duration) + End() + Chain("start", "wait", "end"));

        var node = Assert.IsType<TimerCatchEventNode>(BpmnParser.ParseOrThrow(xml).Node("wait"));

        Assert.Equal(kind, node.Timer.Kind);
    }

    [Theory]
    [InlineData("3 days", "neither an ISO 8601 duration")]
    [InlineData("P", "neither an ISO 8601 duration")]
    [InlineData("PT", "neither an ISO 8601 duration")]
    public void Parse_ReportsBadTimerDuration(string duration, string expected)
    {
        var xml = Process(Start() + TimerCatch("wait", duration) + End() + Chain("start", "wait", "end"));

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Equal("wait", problem.ElementId);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void Parse_RefusesTimeCycle()
    {
        var xml = Process(Start() + """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""" + End() + Chain("start", "wait", "end"));

        Assert.Contains("timeCycle timers are only supported on start events", Assert.Single(BpmnParser.Parse(xml).Problems).Message);
    }

    [Fact]
    public void Parse_ReportsFlowAcrossSubProcessBoundary()
    {
        var body = Start() + """<bpmn:subProcess id="sub"><bpmn:startEvent id="s_in" /><bpmn:endEvent id="e_in" /><bpmn:sequenceFlow id="fin" sourceRef="s_in" targetRef="e_in" /></bpmn:subProcess>"""
            + End() + Chain("start", "sub", "end") + Flow("cross", "start", "e_in");

        var result = BpmnParser.Parse(Process(body));

        Assert.Contains(result.Problems, p => p.ElementId == "cross" && p.Message.Contains("across a sub-process boundary"));
    }

    [Fact]
    public void Parse_ReportsMissingCondition_OnNonDefaultGatewayFlow()
    {
        var xml = Process(Start() + Gateway("exclusive", "g") + End("e1") + End("e2")
            + Chain("start", "g") + Flow("a", "g", "e1", "x == 1") + Flow("b", "g", "e2"));

        var problem = Assert.Single(BpmnParser.Parse(xml).Problems);

        Assert.Equal("b", problem.ElementId);
        Assert.Contains("needs a condition", problem.Message);
    }

    [Fact]
    public void Parse_ReportsConditionOnFlowLeavingTask()
    {
        var xml = Process(Start() + UserTask("t1") + End() + Chain("start", "t1") + Flow("f", "t1", "end", "x == 1"));

        Assert.Contains("only supported on sequence flows leaving exclusive or inclusive gateways", Assert.Single(BpmnParser.Parse(xml).Problems).Message);
    }

    [Fact]
    public void Parse_ReportsImplicitSplit_WhenTaskHasTwoOutgoingFlows()
    {
        var xml = Process(Start() + UserTask("t1") + End("e1") + End("e2") + Chain("start", "t1", "e1") + Flow("f2", "t1", "e2"));

        Assert.Contains("use a gateway to split", Assert.Single(BpmnParser.Parse(xml).Problems).Message);
    }

    [Fact]
    public void Parse_RefusesTimerBoundaryOnServiceTask()
    {
        var xml = Process(Start() + ServiceTask("svc") + TimerBoundary("tb", "svc", "PT1H") + End() + End("late") + Chain("start", "svc", "end") + Chain("tb", "late"));

        Assert.Contains("boundaryEvent of type timer on serviceTask is not supported", Assert.Single(BpmnParser.Parse(xml).Problems).Message);
    }

    [Fact]
    public void Parse_ReportsRemindOnInterruptingTimer()
    {
        var xml = Process(Start() + UserTask("t1") + TimerBoundary("tb", "t1", "P1D", interrupting: true, """ta:timeoutAction="remind" """) + End() + Chain("start", "t1", "end"));

        Assert.Contains("must be non-interrupting", Assert.Single(BpmnParser.Parse(xml).Problems).Message);
    }

    [Fact]
    public void Parse_ReportsMissingCollection_OnMultiInstance()
    {
        var xml = Process(Start() + UserTask("t1", inner: """<bpmn:multiInstanceLoopCharacteristics ta:elementVariable="a" />""") + End() + Chain("start", "t1", "end"));

        Assert.Contains("needs ta:collection", Assert.Single(BpmnParser.Parse(xml).Problems).Message);
    }

    [Fact]
    public void Parse_RefusesMultiInstanceServiceTask()
    {
        var xml = Process(Start() + """<bpmn:serviceTask id="svc" ta:type="Noop"><bpmn:multiInstanceLoopCharacteristics ta:collection="xs" ta:elementVariable="x" /></bpmn:serviceTask>""" + End() + Chain("start", "svc", "end"));

        Assert.Contains("multiInstanceLoopCharacteristics on serviceTask is not supported", Assert.Single(BpmnParser.Parse(xml).Problems).Message);
    }

    [Fact]
    public void Parse_ReportsErrorEndWithoutErrorRef()
    {
        var xml = Process(Start() + """<bpmn:endEvent id="end"><bpmn:errorEventDefinition /></bpmn:endEvent>""" + Chain("start", "end"));

        Assert.Equal("end", Assert.Single(BpmnParser.Parse(xml).Problems).ElementId);
    }

    [Fact]
    public void Parse_ReportsBadCandidateScopeExpression()
    {
        var xml = Process(Start() + UserTask("t1", """ta:candidateScope="${town ==}" """) + End() + Chain("start", "t1", "end"));

        Assert.Contains("ta:candidateScope '${town ==}' does not parse", Assert.Single(BpmnParser.Parse(xml).Problems).Message);
    }

    [Fact]
    public void Parse_ReportsDuplicateIds()
    {
        var xml = Process(Start() + UserTask("start") + End() + Chain("start", "end"));

        Assert.Contains(BpmnParser.Parse(xml).Problems, p => p.Message.StartsWith("id 'start' is already used", StringComparison.Ordinal));
    }

    [Fact]
    public void ParseOrThrow_ThrowsWithAllProblems_WhenInvalid()
    {
        var error = Assert.Throws<WorkflowDefinitionException>(() => BpmnParser.ParseOrThrow(Process(End())));

        Assert.Contains(error.Problems, p => p.Message == "process has no start event");
    }
}
