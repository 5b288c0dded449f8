namespace TaskAdmission.Workflows.Tests.Support;

/// <summary>A settable clock (Microsoft.Extensions.TimeProvider.Testing does not restore from the mirror).</summary>
internal sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate) return now;
    }

    public void Advance(TimeSpan by)
    {
        lock (gate) now += by;
    }

    public void SetUtcNow(DateTimeOffset value)
    {
        lock (gate) now = value;
    }
}
