using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Persistence;

/// <summary>
/// Brings a database up to date at start: migrations, roles, the statutory working calendar, the workflow
/// definitions, demo data (demo mode only), and the production guard.
/// </summary>
public sealed class DatabaseInitializer(AppDbContext db, DemoSeeder demo, WorkingCalendarStore calendar, IServiceProvider services, ILogger<DatabaseInitializer> log)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        await RoleSeeder.EnsureRolesAsync(db, ct);
        await calendar.SeedIfEmptyAsync(ct);
        // Resolved only now: the engine's options read the calendar table, which the migration has just created.
        var engine = services.GetRequiredService<WorkflowEngine>();
        foreach (var deployed in await WorkflowDefinitions.DeployAsync(engine, ct))
        {
            log.LogInformation("Workflow {Process} v{Version} {State}.", deployed.ProcessId, deployed.Version, deployed.IsNewVersion ? "deployed" : "unchanged");
        }
        log.LogInformation("Database is up to date ({Provider}; {Count} migrations applied now).",
            db.Database.ProviderName, pending.Count);
    }

    public async Task InitializeAsync(bool seedDemo, bool isProduction, CancellationToken ct = default)
    {
        await MigrateAsync(ct);
        if (isProduction && seedDemo)
        {
            throw new InvalidOperationException(
                "Demo:Enabled must be false in Production. / 生产环境不得启用演示数据(Demo:Enabled)。");
        }
        if (seedDemo)
        {
            await demo.SeedAsync(ct);
        }
        if (isProduction && await db.Users.AnyAsync(u => u.IsDemo, ct))
        {
            throw new InvalidOperationException(
                "Demo users exist in this database; the app refuses to start in Production. Delete them first. / " +
                "数据库中存在演示账号,生产环境拒绝启动,请先删除演示账号。");
        }
    }
}
