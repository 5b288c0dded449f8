namespace TaskAdmission.Application.Hosting;

/// <summary>A sample of the workflow tables: what an operator watches (incidents, task age, timer lag, outbox backlog).</summary>
public sealed record PlatformSnapshot(DateTimeOffset At, int OpenIncidents, int OpenTasks, TimeSpan OldestTaskAge, TimeSpan TimerLag, int OutboxBacklog, TimeSpan OldestOutboxAge)
{
    public static readonly PlatformSnapshot None = new(DateTimeOffset.MinValue, 0, 0, TimeSpan.Zero, TimeSpan.Zero, 0, TimeSpan.Zero);
}
