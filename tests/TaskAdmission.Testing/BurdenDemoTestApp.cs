using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Testing;

/// <summary>The app with 青山区's demo burden (Burden:DemoWork): six admitted tasks, a founded report, a baseline and two targets.</summary>
public class BurdenDemoTestApp(DatabaseProvider provider) : TestApp(provider)
{
    protected override IEnumerable<string> ExtraArgs => ["--Burden:DemoWork=true"];
}

/// <summary>The demo burden on SQLite.</summary>
public sealed class SqliteBurdenDemoTestApp() : BurdenDemoTestApp(DatabaseProvider.Sqlite);

/// <summary>The demo burden on PostgreSQL.</summary>
public sealed class PostgresBurdenDemoTestApp() : BurdenDemoTestApp(DatabaseProvider.Postgres);
