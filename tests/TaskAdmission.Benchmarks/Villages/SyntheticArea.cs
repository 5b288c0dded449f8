using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Benchmarks.Villages;

/// <summary>Synthetic villages under one synthetic township of 青山区, created in the harness's own database.</summary>
public static class SyntheticArea
{
    public const string District = "990100000000";
    public const string Township = "990199000000";

    public static string Village(int i) => $"990199{i:D6}";

    public static async Task CreateAsync(IServiceProvider services, int villages)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.OrgUnits.Add(new OrgUnit { Code = Township, ParentCode = District, Kind = OrgUnitKind.Township, NameZh = "合成镇", NameEn = "Synthetic Town" });
        db.OrgUnits.AddRange(Enumerable.Range(1, villages).Select(i => new OrgUnit
        {
            Code = Village(i), ParentCode = Township, Kind = OrgUnitKind.Village, NameZh = $"合成{i}村", NameEn = $"Synthetic Village {i}",
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>Village committee users for the first <paramref name="count"/> villages (bench-v1, bench-v2, ...).</summary>
    public static async Task<List<string>> UsersAsync(IServiceProvider services, int count)
    {
        var names = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var name = $"bench-v{i}";
            await scope.ServiceProvider.GetRequiredService<UserService>()
                .CreateAsync(new NewUser(name, $"合成{i}村村委会", DemoUsers.Password, AppRoles.VillageCommittee, Village(i)), Actor.SystemAdministrator("bench"));
            names.Add(name);
        }
        return names;
    }
}
