using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// A city for the Monday scenario, added to a database that already holds the demo data: synthetic townships under
/// 青山区 with their villages, one approver per township (signs in through the login form), one village committee user
/// per village (sessions minted by <see cref="VillageSessions"/>) and one API key per city department.
/// </summary>
public sealed record MondayCity(IReadOnlyList<string> Townships, IReadOnlyList<string> Villages, IReadOnlyDictionary<string, string> ApproverOfTownship,
    IReadOnlyList<(string Department, string Key)> Keys)
{
    public const string District = "990100000000";
    public const string Password = DemoUsers.Password;

    /// <summary>Township t (0-based) is 9901{50+t}000000; its villages are 9901{50+t}{v:D6}.</summary>
    public static string Township(int t) => $"9901{50 + t:D2}000000";

    public static string Village(int t, int v) => $"9901{50 + t:D2}{v:D6}";

    public string TownshipOf(string village) => $"{village[..6]}000000";

    public static async Task<MondayCity> CreateAsync(IServiceProvider services, int townships, int villagesPerTownship, int departments)
    {
        if (townships is < 1 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(townships), townships, "1..50 synthetic townships");
        }
        var villages = new List<string>(townships * villagesPerTownship);
        var approvers = new Dictionary<string, string>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var t = 0; t < townships; t++)
            {
                db.OrgUnits.Add(new OrgUnit { Code = Township(t), ParentCode = District, Kind = OrgUnitKind.Township, NameZh = $"合成{t + 1}镇", NameEn = $"Synthetic Town {t + 1}" });
                for (var v = 1; v <= villagesPerTownship; v++)
                {
                    villages.Add(Village(t, v));
                    db.OrgUnits.Add(new OrgUnit { Code = Village(t, v), ParentCode = Township(t), Kind = OrgUnitKind.Village, NameZh = $"合成{t + 1}镇{v}村", NameEn = $"Village {t + 1}-{v}" });
                }
            }
            await db.SaveChangesAsync();
            await AddVillageUsersAsync(db, villages);
        }
        for (var t = 0; t < townships; t++)
        {
            await using var scope = services.CreateAsyncScope();
            var name = $"monday-t{t + 1}";
            await scope.ServiceProvider.GetRequiredService<UserService>()
                .CreateAsync(new NewUser(name, $"合成{t + 1}镇审核人", Password, AppRoles.TownshipApprover, Township(t)), Actor.SystemAdministrator("bench"));
            approvers[Township(t)] = name;
        }
        var keys = new List<(string, string)>();
        await using (var scope = services.CreateAsyncScope())
        {
            var codes = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Departments.AsNoTracking()
                .Where(d => d.Code.StartsWith("CITY-")).OrderBy(d => d.Code).Select(d => d.Code).Take(departments).ToListAsync();
            foreach (var code in codes)
            {
                var issued = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IssueAsync(code, "monday", 1, Actor.SystemAdministrator("bench"));
                keys.Add((code, issued.PlainKey));
            }
        }
        return new MondayCity([.. Enumerable.Range(0, townships).Select(Township)], villages, approvers, keys);
    }

    /// <summary>User name of a village's committee account.</summary>
    public static string VillageUser(string village) => $"monday-v{village}";

    /// <summary>
    /// One committee user per village, written in one batch without a password: their sessions are minted, and hashing
    /// 10,000 passwords (PBKDF2) would take minutes of the shared machine for nothing the scenario measures.
    /// </summary>
    private static async Task AddVillageUsersAsync(AppDbContext db, List<string> villages)
    {
        var role = await db.Roles.AsNoTracking().SingleAsync(r => r.Name == AppRoles.VillageCommittee);
        foreach (var village in villages)
        {
            var name = VillageUser(village);
            var user = new AppUser
            {
                Id = Guid.NewGuid().ToString(), UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = $"{village}村委会",
                OrgUnitCode = village, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }
        await db.SaveChangesAsync();
    }
}
