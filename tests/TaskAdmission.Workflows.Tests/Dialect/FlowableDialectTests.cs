using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Dialect;

/// <summary>Files written in the Flowable/Activiti dialect: read through the configured mapping, refused where it has no answer.</summary>
public sealed class FlowableDialectTests
{
    private const string FlowableNs = "xmlns:flowable=\"http://flowable.org/bpmn\"";

    private static string Flowable(string body) => Process(body).Replace("xmlns:ta=", FlowableNs + " xmlns:ta=");

    private static BpmnParseResult Parse(string xml) => BpmnParser.Parse(xml, DialectMappings.Options());

    [Fact]
    public void LeaveApproval_ReadsEveryFlowableWord_ThroughTheMapping()
    {
        var result = Parse(Fixtures.Read("test/flowable", "leave-approval.bpmn"));

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var definition = result.Definition!;
        var dept = Assert.IsType<UserTaskNode>(definition.Node("deptLeaderApprove"));
        Assert.Equal(["DepartmentHead"], dept.CandidateRoles);
        Assert.Equal("${department}", dept.CandidateScope!.Raw);
        Assert.Equal("oa/leave-approve", dept.FormKey);
        Assert.Equal("P3D", dept.DueDate!.Raw);
        Assert.Equal(["JointReviewer"], Assert.IsType<UserTaskNode>(definition.Node("leaderApprove")).CandidateRoles);
        Assert.Equal("${applyUser}", Assert.IsType<UserTaskNode>(definition.Node("modifyApply")).Assignee!.Raw);
        Assert.Equal("SendNotification", Assert.IsType<ServiceTaskNode>(definition.Node("notifyHr")).ServiceType);
        var start = Assert.IsType<StartEventNode>(definition.Node("startEvent1"));
        Assert.Equal("applyUser", start.InitiatorVariable);
        Assert.Equal("oa/leave-apply", start.FormKey);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("namespace 'http://flowable.org/modeler' is not read by the engine; ignored: element initiator-can-complete in extensionElements of deptLeaderApprove", warning.Message);
    }

    [Fact]
    public async Task LeaveApproval_RunsUnchanged_LongLeaveThroughBothApprovers()
    {
        var harness = new EngineHarness(parsing: DialectMappings.Options());
        var notified = 0;
        harness.Activities.Register("SendNotification", _ => notified++);
        var started = await harness.StartAsync(Fixtures.Read("test/flowable", "leave-approval.bpmn"), new { days = 5, department = "D01" }, initiator: "zhang");

        var dept = await harness.OpenTaskAsync(started.InstanceId, "deptLeaderApprove");
        Assert.Equal("D01", dept.CandidateScope);
        Assert.Equal(new DateOnly(2025, 10, 2), dept.DueDate);
        Assert.Equal("\"zhang\"", await harness.VariableAsync(started.InstanceId, "applyUser"));
        await harness.CompleteAsync(started.InstanceId, "deptLeaderApprove", new { approved = true });
        await harness.CompleteAsync(started.InstanceId, "leaderApprove", new { approved = true });

        Assert.Equal(1, notified);
        Assert.Equal(["startEvent1", "deptLeaderApprove", "deptDecision", "daysCheck", "leaderApprove", "leaderDecision", "notifyHr", "endApproved"], await harness.PathAsync(started.InstanceId));
    }

    [Fact]
    public async Task LeaveApproval_RejectionGoesBackToTheApplicant_WhoMayReapply()
    {
        var harness = new EngineHarness(parsing: DialectMappings.Options());
        harness.Activities.Register("SendNotification", _ => { });
        var started = await harness.StartAsync(Fixtures.Read("test/flowable", "leave-approval.bpmn"), new { days = 2, department = "D01" }, initiator: "zhang");

        await harness.CompleteAsync(started.InstanceId, "deptLeaderApprove", new { approved = false });
        var modify = await harness.OpenTaskAsync(started.InstanceId, "modifyApply");
        Assert.Equal("zhang", modify.Assignee);
        await harness.CompleteAsync(started.InstanceId, "modifyApply", new { reapply = true, days = 1 });
        await harness.CompleteAsync(started.InstanceId, "deptLeaderApprove", new { approved = true });

        Assert.Equal(
            ["startEvent1", "deptLeaderApprove", "deptDecision", "modifyApply", "resubmit", "deptLeaderApprove", "deptDecision", "daysCheck", "notifyHr", "endApproved"],
            await harness.PathAsync(started.InstanceId));
    }

    [Fact]
    public async Task Countersign_ActivitiMultiInstance_StopsAtTheFirstRejection()
    {
        var harness = new EngineHarness(parsing: DialectMappings.Options());
        var started = await harness.StartAsync(Fixtures.Read("test/flowable", "countersign.bpmn"), new { assigneeList = new[] { "a", "b", "c" }, department = "D01", archiveBy = "2025-10-20" });

        var tasks = await harness.OpenTasksAsync(started.InstanceId);
        Assert.Equal(["a", "b", "c"], tasks.Select(t => t.Assignee).Order());
        Assert.All(tasks, t => Assert.Equal("admission/joint-review", t.FormKey));
        await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, actor: "a");
        await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "reject" }, actor: "b");

        Assert.Equal(["start", "sign", "result", "failed"], await harness.PathAsync(started.InstanceId));
        Assert.Equal(InstanceStatus.Completed, (await harness.InstanceAsync(started.InstanceId)).Status);
    }

    [Fact]
    public async Task Countersign_PassesAtTwoThirds_AndTheArchiveTaskGetsTheMappedGroupAndDueDate()
    {
        var harness = new EngineHarness(parsing: DialectMappings.Options());
        var started = await harness.StartAsync(Fixtures.Read("test/flowable", "countersign.bpmn"), new { assigneeList = new[] { "a", "b", "c" }, department = "D01", archiveBy = "2025-10-20" });

        await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, actor: "a");
        await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, actor: "c");

        var archive = await harness.OpenTaskAsync(started.InstanceId, "archive");
        Assert.Equal(["DepartmentSubmitter"], archive.CandidateRoles);
        Assert.Equal("D01", archive.CandidateScope);
        Assert.Equal(new DateOnly(2025, 10, 20), archive.DueDate);
        Assert.DoesNotContain(await harness.OpenTasksAsync(started.InstanceId), t => t.ElementId == "sign");
    }

    [Fact]
    public void UnmappedGroupFormAndClass_AreRefused_NamingTheKeyToAdd()
    {
        var xml = Flowable(Start()
            + """<bpmn:userTask id="t1" flowable:candidateGroups="township,finance" flowable:formKey="unknown_form" />""" + "\n"
            + """<bpmn:serviceTask id="svc" flowable:class="com.example.Unknown" />""" + "\n" + End() + Chain("start", "t1", "svc", "end"));

        var messages = Parse(xml).Problems.Select(p => $"{p.ElementId}: {p.Message}").ToList();

        Assert.Equal(
            [
                "t1: flowable:candidateGroups group 'finance' is not mapped to a role; add it to Workflows:Dialect:CandidateGroups (mapped: deptLeader, leader, office, township)",
                "t1: flowable:formKey 'unknown_form' is not mapped to a business screen; add it to Workflows:Dialect:FormKeys",
                "svc: flowable:class 'com.example.Unknown' is not mapped to a service activity; add 'com.example.Unknown' to Workflows:Dialect:ServiceTypes",
            ],
            messages);
    }

    [Fact]
    public void DelegateExpression_IsMappedByBeanName()
    {
        var xml = Flowable(Start() + """<bpmn:serviceTask id="svc" flowable:delegateExpression="${archiveDelegate}" />""" + End() + Chain("start", "svc", "end"));

        Assert.Equal("Archive", Assert.IsType<ServiceTaskNode>(BpmnParser.ParseOrThrow(xml, DialectMappings.Options()).Node("svc")).ServiceType);
    }

    [Theory]
    [InlineData("""<bpmn:userTask id="t1" flowable:candidateGroups="${groups}" />""", "is an expression; name the groups")]
    [InlineData("""<bpmn:userTask id="t1" ta:assignee="a" flowable:assignee="b" />""", "both ta:assignee and flowable:assignee are set; keep one")]
    [InlineData("""<bpmn:userTask id="t1" ta:assignee="a" flowable:skipExpression="${skip}" />""", "flowable:skipExpression on userTask is not supported: skipping steps by expression is not supported")]
    [InlineData("""<bpmn:userTask id="t1" ta:assignee="a"><bpmn:extensionElements><flowable:formProperty id="days" type="long" /></bpmn:extensionElements></bpmn:userTask>""", "flowable:formProperty (form fields inside the process) is not supported")]
    [InlineData("""<bpmn:userTask id="t1" ta:assignee="a"><bpmn:extensionElements><flowable:taskListener event="complete" delegateExpression="${audit}" /></bpmn:extensionElements></bpmn:userTask>""", "flowable:taskListener (event 'complete', runs '${audit}') is not supported: listeners run code the engine does not have")]
    [InlineData("""<bpmn:userTask id="t1" ta:assignee="a" flowable:dueDate="next week" />""", "flowable:dueDate 'next week' is not a due date")]
    [InlineData("""<bpmn:serviceTask id="t1" flowable:type="mail" />""", "flowable:type=\"mail\" (a built-in mail task) is not supported")]
    [InlineData("""<bpmn:serviceTask id="t1" flowable:expression="${bean.run(execution)}" />""", "flowable:expression on serviceTask is not supported: method expressions run code")]
    public void DialectWordsWithoutAnAnswerHere_AreRefusedPrecisely(string task, string expected)
    {
        var xml = Flowable(Start() + task + End() + Chain("start", "t1", "end"));

        var problems = Parse(xml).Problems;

        Assert.Contains(problems, p => p.ElementId == "t1" && p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ExecutionListenerOnTheProcess_IsRefused()
    {
        var xml = Flowable(Start() + End() + Chain("start", "end"))
            .Replace("<bpmn:process id=\"p\" isExecutable=\"true\">", """<bpmn:process id="p" isExecutable="true"><bpmn:extensionElements><flowable:executionListener event="start" class="com.example.Audit" /></bpmn:extensionElements>""");

        var problem = Assert.Single(Parse(xml).Problems);

        Assert.Equal("p", problem.ElementId);
        Assert.Equal("flowable:executionListener (event 'start', runs 'com.example.Audit') is not supported: listeners run code the engine does not have; model the step as a serviceTask", problem.Message);
    }

    [Fact]
    public async Task CandidateUsers_CanClaim_WhateverTheirRole()
    {
        var harness = new EngineHarness(parsing: DialectMappings.Options());
        var started = await harness.StartAsync(Flowable(Start() + """<bpmn:userTask id="t1" flowable:candidateUsers="li,${deputy}" />""" + End() + Chain("start", "t1", "end")), new { deputy = "wang" });

        var task = await harness.OpenTaskAsync(started.InstanceId, "t1");
        Assert.Equal(["li", "wang"], task.CandidateUsers);
        Assert.Single((await harness.Store.QueryTasksAsync(new TaskQuery { Assignee = "wang" })).Items);
        Assert.Empty((await harness.Store.QueryTasksAsync(new TaskQuery { Assignee = "zhao" })).Items);
        await harness.Engine.ClaimTaskAsync(task.Id, "wang");
        Assert.Empty((await harness.Store.QueryTasksAsync(new TaskQuery { Assignee = "li" })).Items);
    }

    [Fact]
    public void AsyncAndExclusiveHints_AreUnderstood_WithoutWarnings()
    {
        var xml = Flowable(Start() + """<bpmn:serviceTask id="svc" flowable:class="archiveDelegate" flowable:async="true" flowable:exclusive="false" />""" + End() + Chain("start", "svc", "end"))
            .Replace("flowable:class=\"archiveDelegate\"", "flowable:delegateExpression=\"archiveDelegate\"");

        var result = Parse(xml);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Empty(result.Warnings);
    }
}
