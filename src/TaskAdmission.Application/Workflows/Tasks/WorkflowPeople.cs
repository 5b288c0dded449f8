using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Workflows.Tasks;

/// <summary>
/// The people of the approval operations: colleagues (same role, same scope) a task may be transferred or delegated to
/// or added as signers; and the people and roles of one's own area a process may be copied to (never a village committee:
/// a village must not see work that has not been admitted). Display names come from <see cref="Identity.PeopleNameService"/>.
/// </summary>
public sealed class WorkflowPeople(AppDbContext db, TimeProvider time)
{
    /// <summary>Active users of the actor's role and exact scope, the actor excluded, by display name.</summary>
    public async Task<IReadOnlyList<Person>> ColleaguesAsync(Actor actor, CancellationToken ct = default)
    {
        var scope = actor.OrgUnitCode ?? actor.DepartmentCode;
        var byDepartment = AppRoles.IsDepartmentScoped(actor.Role);
        var people = await WithRoles()
            .Where(p => p.Role == actor.Role && p.User.UserName != actor.UserName
                && (byDepartment ? p.User.DepartmentCode == scope : p.User.OrgUnitCode == scope))
            .Select(p => new { p.User.UserName, p.User.DisplayName, p.Role, p.User.LockoutEnd })
            .ToListAsync(ct);
        return Active(people.Select(p => (p.UserName!, p.DisplayName, p.Role, p.LockoutEnd)));
    }

    /// <summary>
    /// Who the actor may copy a process to: active users of the actor's department, or of the actor's org unit and the units
    /// above it (township → district → city), except village committees.
    /// </summary>
    public async Task<IReadOnlyList<Person>> CopyCandidatesAsync(Actor actor, CancellationToken ct = default)
    {
        var units = await UnitAndAncestorsAsync(actor.OrgUnitCode, ct);
        var department = actor.DepartmentCode;
        var people = await WithRoles()
            .Where(p => p.Role != AppRoles.VillageCommittee && p.User.UserName != actor.UserName
                && ((department != null && p.User.DepartmentCode == department) || (p.User.OrgUnitCode != null && units.Contains(p.User.OrgUnitCode))))
            .Select(p => new { p.User.UserName, p.User.DisplayName, p.Role, p.User.LockoutEnd })
            .ToListAsync(ct);
        return Active(people.Select(p => (p.UserName!, p.DisplayName, p.Role, p.LockoutEnd)));
    }

    private IQueryable<UserWithRole> WithRoles() =>
        from u in db.Users.AsNoTracking()
        join ur in db.UserRoles on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        select new UserWithRole { User = u, Role = r.Name! };

    private async Task<List<string>> UnitAndAncestorsAsync(string? code, CancellationToken ct)
    {
        var chain = new List<string>();
        for (var current = code; current is not null && chain.Count < 8; )
        {
            chain.Add(current);
            var here = current;
            current = await db.OrgUnits.AsNoTracking().Where(u => u.Code == here).Select(u => u.ParentCode).FirstOrDefaultAsync(ct);
        }
        return chain;
    }

    // Locked accounts cannot act; filtered here because SQLite cannot compare DateTimeOffset in SQL.
    private List<Person> Active(IEnumerable<(string UserName, string DisplayName, string Role, DateTimeOffset? LockoutEnd)> people)
    {
        var now = time.GetUtcNow();
        return people.Where(p => p.LockoutEnd is null || p.LockoutEnd < now)
            .Select(p => new Person(p.UserName, p.DisplayName, p.Role))
            .OrderBy(p => p.DisplayName, StringComparer.Ordinal).ToList();
    }

    private sealed class UserWithRole
    {
        public required Identity.AppUser User { get; init; }
        public required string Role { get; init; }
    }
}
