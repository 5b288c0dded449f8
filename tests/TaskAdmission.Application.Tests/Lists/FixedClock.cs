namespace TaskAdmission.Application.Tests.Lists;

/// <summary>A clock standing still (Microsoft.Extensions.TimeProvider.Testing is not on the package mirror).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
