using Microsoft.AspNetCore.Builder;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;
using TaskAdmission.Workflows;

namespace TaskAdmission.Web.Tests.Admin;

/// <summary>The real app with <see cref="FailUntilReadyActivity"/> registered, on SQLite.</summary>
public sealed class SqliteWorkflowOperationsApp() : TestApp(DatabaseProvider.Sqlite)
{
    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Services.AddServiceActivity<FailUntilReadyActivity>(FailUntilReadyActivity.Type);
}

/// <summary>The real app with <see cref="FailUntilReadyActivity"/> registered, on PostgreSQL.</summary>
public sealed class PostgresWorkflowOperationsApp() : TestApp(DatabaseProvider.Postgres)
{
    protected override void Configure(WebApplicationBuilder builder) =>
        builder.Services.AddServiceActivity<FailUntilReadyActivity>(FailUntilReadyActivity.Type);
}
