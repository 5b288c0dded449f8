using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests.Burden;

/// <summary>The Application layer on a clock the test moves forward (from 20 November 2026, so work crosses a year end).</summary>
public abstract class BurdenLedgerHost(DatabaseProvider provider) : ApplicationHost(provider)
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8)));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class SqliteBurdenLedgerHost() : BurdenLedgerHost(DatabaseProvider.Sqlite);

public sealed class PostgresBurdenLedgerHost() : BurdenLedgerHost(DatabaseProvider.Postgres);
