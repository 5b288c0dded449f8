using System.Text.Json;
using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;
using static TaskAdmission.Workflows.Tests.Support.BpmnText;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class MultiInstanceTests
{
    private static readonly string[] Signers = ["a", "b", "c"];
    private readonly EngineHarness harness = new();

    private static string SignProcess(bool sequential = false, string? completion = null) => Process(
        Start() + UserTask("sign", """ta:assignee="${signer}" """, MultiInstance("signers", "signer", sequential, completion)) + UserTask("after") + End()
        + Chain("start", "sign", "after", "end"));

    [Fact]
    public async Task ParallelAllMustSign_CreatesOneTaskPerSigner_AndCollectsOutcomes()
    {
        var started = await harness.StartAsync(SignProcess(), new { signers = Signers });
        await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, "a");
        await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "reject" }, "c");
        var afterAll = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, "b");

        Assert.Equal(Signers, started.OpenTasks.Select(t => t.Assignee));
        Assert.Equal([0, 1, 2], started.OpenTasks.Select(t => t.LoopIndex));
        Assert.Equal("after", Assert.Single(afterAll.OpenTasks).ElementId);
        using var result = JsonDocument.Parse(await harness.VariableAsync(started.InstanceId, "signResult"));
        Assert.Equal(3, result.RootElement.GetProperty("nrOfCompletedInstances").GetInt32());
        Assert.Equal(2, result.RootElement.GetProperty("nrOfApproved").GetInt32());
        Assert.Equal(1, result.RootElement.GetProperty("nrOfRejected").GetInt32());
        Assert.Equal(
            ["a:approve", "b:approve", "c:reject"],
            result.RootElement.GetProperty("outcomes").EnumerateArray().Select(o => $"{o.GetProperty("element").GetString()}:{o.GetProperty("outcome").GetString()}"));
    }

    [Fact]
    public async Task ParallelAllMustSign_KeepsWaiting_UntilLastSignerCompletes()
    {
        var started = await harness.StartAsync(SignProcess(), new { signers = Signers });
        await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, "a");

        var afterTwo = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, "b");

        Assert.Equal("c", Assert.Single(afterTwo.OpenTasks).Assignee);
    }

    [Fact]
    public async Task AnyMaySign_CompletesOnFirstCompletion_AndCancelsTheRest()
    {
        var started = await harness.StartAsync(SignProcess(completion: "${nrOfCompletedInstances >= 1}"), new { signers = Signers });

        var result = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, "b");

        Assert.Equal("after", Assert.Single(result.OpenTasks).ElementId);
        var all = (await harness.Store.QueryTasksAsync(new TaskQuery { InstanceId = started.InstanceId, IncludeClosed = true })).Items.Where(t => t.ElementId == "sign");
        Assert.Equal([UserTaskStatus.Cancelled, UserTaskStatus.Completed, UserTaskStatus.Cancelled], all.OrderBy(t => t.LoopIndex).Select(t => t.Status));
    }

    [Fact]
    public async Task RatioCondition_CompletesWhenTwoThirdsApproved()
    {
        var started = await harness.StartAsync(SignProcess(completion: "${nrOfApproved / nrOfInstances >= 2/3}"), new { signers = Signers });

        var afterFirst = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, "a");
        var afterReject = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "reject" }, "b");
        var afterSecondApproval = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, "c");

        Assert.Equal(2, afterFirst.OpenTasks.Count);
        Assert.Equal("c", Assert.Single(afterReject.OpenTasks).Assignee);
        Assert.Equal("after", Assert.Single(afterSecondApproval.OpenTasks).ElementId);
    }

    [Fact]
    public async Task RatioCondition_CompletesEarly_WithoutWaitingForLastSigner()
    {
        var started = await harness.StartAsync(SignProcess(completion: "${nrOfApproved / nrOfInstances >= 2/3}"), new { signers = Signers });
        await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, "a");

        var result = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" }, "c");

        Assert.Equal("after", Assert.Single(result.OpenTasks).ElementId);
    }

    [Fact]
    public async Task Sequential_CreatesOneTaskAtATime_InCollectionOrder()
    {
        var started = await harness.StartAsync(SignProcess(sequential: true), new { signers = Signers });
        var second = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" });
        var third = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" });
        var done = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "approve" });

        Assert.Equal(["a", "b", "c"], new[] { started, second, third }.Select(r => Assert.Single(r.OpenTasks).Assignee));
        Assert.Equal("after", Assert.Single(done.OpenTasks).ElementId);
    }

    [Fact]
    public async Task EmptyCollection_SkipsTheTask()
    {
        var started = await harness.StartAsync(SignProcess(), new { signers = Array.Empty<string>() });

        Assert.Equal("after", Assert.Single(started.OpenTasks).ElementId);
    }

    [Fact]
    public async Task CollectionThatIsNotAList_RaisesIncident()
    {
        var started = await harness.StartAsync(SignProcess(), new { signers = "a" });

        Assert.Contains("must be a list", Assert.Single(started.NewIncidents).Message);
    }

    [Fact]
    public async Task MultiInstanceInsideSubProcess_RunsAndLeavesSubProcess()
    {
        var body = Start() + $"""
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              {UserTask("sign", """ta:assignee="${signer}" """, MultiInstance("signers", "signer", completion: "nrOfRejected > 0"))}
              <bpmn:endEvent id="subEnd" />
              <bpmn:sequenceFlow id="s1" sourceRef="subStart" targetRef="sign" />
              <bpmn:sequenceFlow id="s2" sourceRef="sign" targetRef="subEnd" />
            </bpmn:subProcess>
            """ + Gateway("exclusive", "g", "toOk") + UserTask("rework") + UserTask("ok") + End("e1") + End("e2")
            + Chain("start", "sub", "g") + Flow("toRework", "g", "rework", "signResult.nrOfRejected > 0") + Flow("toOk", "g", "ok")
            + Chain("rework", "e1") + Chain("ok", "e2");

        var started = await harness.StartAsync(Process(body), new { signers = Signers });
        var result = await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "reject" }, "b");

        Assert.Equal(3, started.OpenTasks.Count);
        Assert.Equal("rework", Assert.Single(result.OpenTasks).ElementId);
    }

    [Fact]
    public async Task InstanceTask_SeesElementVariableAndLoopCounter_AsLocals()
    {
        var xml = Process(Start() + UserTask("sign", """ta:assignee="${signer.id}" ta:candidateScope="${signer.region}" ta:formKey="f" """, MultiInstance("signers", "signer")) + End()
            + Chain("start", "sign", "end"));

        var started = await harness.StartAsync(xml, new { signers = new[] { new { id = "u1", region = "r1" }, new { id = "u2", region = "r2" } } });

        Assert.Equal(["u1:r1:0", "u2:r2:1"], started.OpenTasks.Select(t => $"{t.Assignee}:{t.CandidateScope}:{t.LoopIndex}"));
        Assert.Equal(["{\"id\":\"u1\",\"region\":\"r1\"}", "{\"id\":\"u2\",\"region\":\"r2\"}"], started.OpenTasks.Select(t => t.ElementValueJson));
        Assert.False((await harness.InstanceAsync(started.InstanceId)).Variables.ContainsKey("signer"));
    }

    [Fact]
    public async Task TimeoutApproveOnMultiInstance_CompletesAllOpenInstances()
    {
        var xml = Process(Start() + UserTask("sign", """ta:assignee="${signer}" """, MultiInstance("signers", "signer"))
            + TimerBoundary("auto", "sign", "P5D", attributes: """ta:timeoutAction="approve" """) + UserTask("after") + End()
            + Chain("start", "sign", "after", "end"));
        var started = await harness.StartAsync(xml, new { signers = Signers });
        await harness.CompleteAsync(started.InstanceId, "sign", new { outcome = "reject" }, "a");

        var fired = await harness.FireAsync(started.InstanceId, "auto");

        Assert.Equal("after", Assert.Single(fired.OpenTasks).ElementId);
        using var result = JsonDocument.Parse(await harness.VariableAsync(started.InstanceId, "signResult"));
        Assert.Equal(2, result.RootElement.GetProperty("nrOfApproved").GetInt32());
    }
}
