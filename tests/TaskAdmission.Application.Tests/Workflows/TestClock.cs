namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>A settable clock shared by every host of a test (Microsoft.Extensions.TimeProvider.Testing does not restore).</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>Monday 2025-09-29 09:00 in Beijing, two days before the National Day holidays.</summary>
    public static readonly DateTimeOffset Monday0900 = new(2025, 9, 29, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly Lock gate = new();
    private DateTimeOffset now = start;

    public TestClock()
        : this(Monday0900)
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate) return now;
    }

    public void Advance(TimeSpan by)
    {
        lock (gate) now += by;
    }
}
