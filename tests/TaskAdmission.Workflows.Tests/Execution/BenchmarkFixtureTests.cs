using TaskAdmission.Workflows.Persistence;
using TaskAdmission.Workflows.Tests.Support;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class BenchmarkFixtureTests
{
    [Theory]
    [InlineData("linear-10.bpmn", null, 12)]
    [InlineData("exclusive.bpmn", 50, 5)]
    [InlineData("exclusive.bpmn", 50000, 5)]
    [InlineData("parallel-8.bpmn", null, 19)]
    public async Task BenchmarkFixture_RunsToCompletion_WithNoopActivities(string file, int? amount, int expectedSteps)
    {
        var harness = new EngineHarness();
        var calls = 0;
        harness.Activities.Register("Noop", _ => Interlocked.Increment(ref calls));

        var result = await harness.StartAsync(Fixtures.Read("bench", file), amount is null ? null : new { amount });

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Equal(expectedSteps, result.Path.Count);
        Assert.True(calls > 0);
    }
}
