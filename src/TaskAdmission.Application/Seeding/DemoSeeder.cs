using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application.Burden;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Seeding;

/// <summary>
/// Seeds the fictional 示范市: org tree, departments, demo users, the city's published lists and 青山区's refinement.
/// Idempotent: it fills only what is missing.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, OrganisationService org, UserService userAdmin, ListService lists, Purchase.ProviderService providers, IServiceProvider services, ILogger<DemoSeeder> log)
{
    private static readonly Actor Seeder = Actor.SystemAdministrator("system:seed-demo");
    private const string City = "990000000000";
    private const string Qingshan = "990100000000";
    private const string Version = "2025版";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await RoleSeeder.EnsureRolesAsync(db, ct);
        if (!await db.OrgUnits.AnyAsync(ct))
        {
            await ImportAsync("demo-org-units.csv", async r => (await org.ImportUnitsAsync(r, Seeder, ct)).Problems);
        }
        if (!await db.Departments.AnyAsync(ct))
        {
            await ImportAsync("demo-departments.csv", async r => (await org.ImportDepartmentsAsync(r, Seeder, ct)).Problems);
        }
        await SeedListsAsync(ct);
        if (!await db.PurchaseProviders.AnyAsync(ct))
        {
            await using var file = DemoFiles.Open("demo-providers.csv");
            await providers.ImportAsync(file, xlsx: false, Actor.ListAdministrator("system:seed-demo", City), ct);
        }
        if (!await db.DataFields.AnyAsync(ct))
        {
            await using var file = DemoFiles.Open("demo-data-fields.csv");
            await services.GetRequiredService<DataFields.DataFieldService>().ImportAsync(Actor.ListAdministrator("system:seed-demo", City), file, xlsx: false, ct);
        }
        foreach (var demo in DemoUsers.All)
        {
            if (await db.Users.AnyAsync(u => u.UserName == demo.UserName, ct))
            {
                continue;
            }
            await userAdmin.CreateAsync(
                new NewUser(demo.UserName, demo.DisplayName, DemoUsers.Password, demo.Role, demo.ScopeCode, IsDemo: true), Seeder, ct);
        }
        // Resolved only now: dispatch needs the working calendar, which the engine options read from a migrated database.
        await services.GetRequiredService<BurdenDemoSeeder>().SeedAsync(ct);
        log.LogInformation("Demo data is in place ({Users} demo users).", DemoUsers.All.Count);
    }

    /// <summary>The city's 2025 lists from 2025-01-01, and 青山区's refinement of them from 2025-03-01.</summary>
    private async Task SeedListsAsync(CancellationToken ct)
    {
        var actor = Actor.ListAdministrator(Seeder.UserName, City);
        var city = await PublishedAsync(City, "示范市村（社区）工作事项清单", "demo-lists.csv", null, new DateOnly(2025, 1, 1), actor, ct);
        await PublishedAsync(Qingshan, "青山区村（社区）工作事项细化清单", "qingshan-refinement.csv", city, new DateOnly(2025, 3, 1), actor, ct);
    }

    private async Task<Guid> PublishedAsync(
        string authority, string name, string file, Guid? parent, DateOnly from, Actor actor, CancellationToken ct)
    {
        var existing = await db.ListSets.AsNoTracking()
            .FirstOrDefaultAsync(s => s.AuthorityOrgUnitCode == authority && s.VersionLabel == Version, ct);
        if (existing is { Status: not ListSetStatus.Draft })
        {
            return existing.Id;
        }

        try
        {
            var id = existing?.Id;
            if (id is null)
            {
                await using var stream = DemoFiles.Open(file);
                var imported = await lists.ImportDraftAsync(new ListDraftHeader(authority, name, Version, parent), stream, ListFileFormat.Csv, actor, ct: ct);
                id = imported.SetId;
            }

            return (await lists.PublishAsync(id!.Value, from, actor, ct)).Id;
        }
        catch (RefusalException e)
        {
            // The shipped demo files must pass every rule: a refusal here is a bug in them, said with the file's name.
            throw new InvalidOperationException($"{file}: {e.Message}", e);
        }
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
