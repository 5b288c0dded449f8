using TaskAdmission.Workflows.Cli;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Tests.Support;

namespace TaskAdmission.Workflows.Tests.Cli;

public sealed class WorkflowCommandLineTests
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private int Run(params string[] args) => new WorkflowCommandLine().Run(args, output, error);

    private string[] OutputLines => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Validate_PrintsValid_AndExitsZero_ForValidFile()
    {
        var exit = Run("workflow", "validate", Fixtures.Path("test", "township-review.bpmn"));

        Assert.Equal(0, exit);
        Assert.Equal(["valid"], OutputLines);
    }

    [Fact]
    public void Validate_PrintsOneLinePerProblem_AndExitsOne_ForInvalidFile()
    {
        var exit = Run("validate", Fixtures.Path("test", "unsupported-elements.bpmn"));

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "Store_1 line 3: dataStore is not supported: storage is the host's business",
                "Throw_signal line 7: intermediateThrowEvent of type signal is not supported",
                "Script_1 line 11: scriptTask is not supported: scripts run code the engine does not have; use a serviceTask",
            ],
            OutputLines);
    }

    [Fact]
    public void Validate_ExitsOne_WhenFileIsMissing()
    {
        var exit = Run("validate", "/nonexistent/x.bpmn");

        Assert.Equal(1, exit);
        Assert.Contains("cannot read /nonexistent/x.bpmn", error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("workflow")]
    [InlineData("deploy", "x.bpmn")]
    [InlineData("validate")]
    [InlineData("run", "x.bpmn", "--var")]
    [InlineData("run", "x.bpmn", "--var", "novalue")]
    [InlineData("run", "x.bpmn", "--complete", "task={not json")]
    [InlineData("run", "x.bpmn", "--bogus")]
    public void Run_ExitsTwoWithUsage_OnUsageErrors(params string[] args)
    {
        var exit = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage:", error.ToString());
        Assert.StartsWith("error: ", error.ToString());
    }

    [Fact]
    public void Run_StubsServiceTasks_FastForwardsTimers_AndPrintsPathAndVariables()
    {
        var exit = Run("run", Fixtures.Path("test", "notify-then-wait.bpmn"), "--var", "priority=3", "--complete", """confirm={"outcome":"approve"}""");

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("stub: service task 'notify' (ta:type 'SendNotification') is not registered; skipped", text);
        Assert.Contains("timer: fast-forwarded to", text);
        Assert.Contains("path: start, notify, cooling_off, confirm, decide, accepted", OutputLines);
        Assert.Contains("status: Completed", OutputLines);
        Assert.Contains("\"outcome\": \"approve\"", text);
        Assert.Contains("\"priority\": 3", text);
    }

    [Fact]
    public void Run_UsesRegisteredActivities_WhenGiven()
    {
        var registry = new ServiceActivityRegistry().Register("SendNotification", c => c.SetVariable("notified", true));

        var exit = new WorkflowCommandLine(registry).Run(["run", Fixtures.Path("test", "notify-then-wait.bpmn"), "--var", "priority=1", "--complete", "confirm="], output, error);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("stub:", output.ToString());
        Assert.Contains("path: start, notify, cooling_off, confirm, decide, rejected", OutputLines);
        Assert.Contains("\"notified\": true", output.ToString());
    }

    [Fact]
    public void Run_CompletesMultiInstanceTasksInOrder_AndReportsWaitingMessage()
    {
        var exit = Run(
            "run", Fixtures.Path("test", "township-review.bpmn"),
            "--var", "townshipCode=330102", "--var", """reviewers=["r1","r2","r3"]""",
            "--complete", "Task_submit=", "--complete", """Task_township={"outcome":"approve"}""",
            "--complete", """Task_joint={"outcome":"approve"}""", "--complete", """Task_joint={"outcome":"approve"}""");

        Assert.Equal(0, exit);
        Assert.Contains("complete: Task_joint as r1", OutputLines);
        Assert.Contains("complete: Task_joint as r2", OutputLines);
        Assert.Contains("waiting for: Event_feedback (message 'CountyFeedback')", OutputLines);
        Assert.Contains("status: Running", OutputLines);
    }

    [Fact]
    public void Run_FiresTimeoutOnOpenTask_WhenNoCompletionIsGivenForIt()
    {
        var file = Path.Combine(Path.GetTempPath(), $"timeout-{Guid.NewGuid():N}.bpmn");
        File.WriteAllText(file, BpmnText.Process(BpmnText.Start() + BpmnText.UserTask("review") + BpmnText.TimerBoundary("auto", "review", "15WD", attributes: """ta:timeoutAction="approve" """)
            + BpmnText.End() + BpmnText.Chain("start", "review", "end")));
        try
        {
            var exit = Run("run", file);

            Assert.Equal(0, exit);
            Assert.Contains(OutputLines, l => l.StartsWith("timer: fast-forwarded to", StringComparison.Ordinal) && l.EndsWith("to fire auto", StringComparison.Ordinal));
            Assert.Contains("status: Completed", OutputLines);
            Assert.Contains("\"outcome\": \"approve\"", output.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Run_ExitsOne_WhenCompleteNamesATaskThatIsNotOpen()
    {
        var exit = Run("run", Fixtures.Path("test", "notify-then-wait.bpmn"), "--complete", "nope=");

        Assert.Equal(1, exit);
        Assert.Contains("error: --complete nope: no open task with that id; open: confirm", OutputLines);
    }

    [Fact]
    public void Run_ExitsOne_AndPrintsProblems_ForInvalidFile()
    {
        var exit = Run("run", Fixtures.Path("test", "unsupported-elements.bpmn"));

        Assert.Equal(1, exit);
        Assert.Contains("Script_1 line 11: scriptTask is not supported: scripts run code the engine does not have; use a serviceTask", OutputLines);
    }

    [Fact]
    public void Run_ExitsOne_WhenAnIncidentStopsTheRun()
    {
        var registry = new ServiceActivityRegistry().Register("SendNotification", _ => throw new InvalidOperationException("mail down"));

        var exit = new WorkflowCommandLine(registry).Run(["run", Fixtures.Path("test", "notify-then-wait.bpmn")], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("incident at notify: mail down", OutputLines);
    }
}
