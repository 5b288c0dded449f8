using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Workflows.Tests.Execution;

public sealed class InstanceStateCacheTests
{
    /// <summary>
    /// Most instances wait (a task for a person) after their last command on this host and are never taken again: the
    /// cache must keep the latest commits, not fill up with the first ones and keep nothing new.
    /// </summary>
    [Fact]
    public void AfterManyInstancesNeverTakenAgain_TheLatestCommitIsStillKept()
    {
        var cache = new InstanceStateCache(capacity: 10);
        for (var i = 0; i < 100; i++) cache.Put(Guid.NewGuid(), 1, State());

        var latest = Guid.NewGuid();
        var state = State();
        cache.Put(latest, 3, state);

        Assert.Same(state, cache.Take(latest, 3));
        Assert.Null(cache.Take(latest, 3));
    }

    [Fact]
    public void AnEntryOfAnotherVersion_IsNotReturned_AndIsForgotten()
    {
        var cache = new InstanceStateCache(capacity: 10);
        var id = Guid.NewGuid();
        cache.Put(id, 2, State());

        Assert.Null(cache.Take(id, 3));
        Assert.Null(cache.Take(id, 2));
    }

    [Fact]
    public void TheOldestEntries_AreDropped_OnceTheCapacityIsPassed()
    {
        var cache = new InstanceStateCache(capacity: 10);
        var first = Guid.NewGuid();
        cache.Put(first, 1, State());
        for (var i = 0; i < 10; i++) cache.Put(Guid.NewGuid(), 1, State());

        Assert.Null(cache.Take(first, 1));
    }

    private static InstanceState State() => new() { ProcessId = "p" };
}
