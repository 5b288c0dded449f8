using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;

namespace TaskAdmission.Benchmarks.Villages;

/// <summary>The real app on real Kestrel (127.0.0.1) and a fresh PostgreSQL database, without background work or rate limits.</summary>
public sealed class BenchApp(params string[] extra) : TestApp(DatabaseProvider.Postgres)
{
    protected override IEnumerable<string> ExtraArgs =>
    [
        "--RateLimiting:PermitsPerMinute=1000000000",
        "--Notifications:DeliveryIntervalSeconds=0",
        "--Villages:CheckIntervalMinutes=0",
        "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
        .. extra,
    ];
}
