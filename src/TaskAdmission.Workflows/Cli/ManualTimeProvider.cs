namespace TaskAdmission.Workflows.Cli;

/// <summary>A clock the CLI moves forward itself so timers fire without waiting.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void MoveTo(DateTimeOffset value)
    {
        if (value > now) now = value;
    }
}
