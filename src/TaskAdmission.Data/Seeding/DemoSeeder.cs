using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TaskAdmission.Data.Identity;
using TaskAdmission.Data.Stores;

namespace TaskAdmission.Data.Seeding;

/// <summary>Seeds the fictional 示范市: org tree, departments and demo users. Idempotent: it fills only what is missing.</summary>
public sealed class DemoSeeder(AppDbContext db, OrgStore org, UserAdmin userAdmin, ILogger<DemoSeeder> log)
{
    private const string Actor = "system:seed-demo";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await RoleSeeder.EnsureRolesAsync(db, ct);
        if (!await db.OrgUnits.AnyAsync(ct))
        {
            await ImportAsync("demo-org-units.csv", async r => (await org.ImportUnitsAsync(r, Actor, ct)).Problems);
        }
        if (!await db.Departments.AnyAsync(ct))
        {
            await ImportAsync("demo-departments.csv", async r => (await org.ImportDepartmentsAsync(r, Actor, ct)).Problems);
        }
        foreach (var demo in DemoUsers.All)
        {
            if (await db.Users.AnyAsync(u => u.UserName == demo.UserName, ct))
            {
                continue;
            }
            var result = await userAdmin.CreateAsync(
                new NewUser(demo.UserName, demo.DisplayName, DemoUsers.Password, demo.Role, demo.ScopeCode, IsDemo: true), Actor, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {demo.UserName}: {string.Join(", ", result.Errors)}");
            }
        }
        log.LogInformation("Demo data is in place ({Users} demo users).", DemoUsers.All.Count);
    }

    private static async Task ImportAsync(string file, Func<TextReader, Task<IReadOnlyList<Core.Common.ImportProblem>>> import)
    {
        using var reader = new StreamReader(DemoFiles.Open(file));
        var problems = await import(reader);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{file}: {string.Join("; ", problems.Select(p => $"line {p.Line} {p.Code}"))}");
        }
    }
}
