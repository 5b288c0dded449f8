using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Identity;

/// <summary>
/// Creates users and changes their role, scope and lock state; every change is audited. A refusal names the form
/// field it concerns and carries Identity's own code (PasswordTooShort, DuplicateUserName, ...) or one of
/// <see cref="UserAdminErrors"/>.
/// </summary>
public sealed class UserService(UserManager<AppUser> users, AppDbContext db, AuditLog audit, ChinaClock clock)
{
    public async Task<string> CreateAsync(NewUser input, Actor actor, CancellationToken ct = default)
    {
        var scope = await ValidateScopeAsync(input.Role, input.ScopeCode, ct);
        if (scope.Error is not null)
        {
            throw Refused(scope.Error);
        }
        var user = new AppUser
        {
            UserName = input.UserName,
            DisplayName = input.DisplayName,
            DepartmentCode = scope.DepartmentCode,
            OrgUnitCode = scope.OrgUnitCode,
            IsDemo = input.IsDemo,
            LockoutEnabled = true,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            throw Refused([.. created.Errors.Select(e => e.Code)]);
        }
        var roled = await users.AddToRoleAsync(user, input.Role);
        if (!roled.Succeeded)
        {
            throw Refused([.. roled.Errors.Select(e => e.Code)]);
        }
        audit.Record(actor.UserName, "user.create", $"user:{user.UserName}", $"role={input.Role}; scope={input.ScopeCode}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return user.Id;
    }

    public async Task AssignAsync(string userId, string role, string scopeCode, Actor actor, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            throw RefusalException.NotFound(UserAdminErrors.UserNotFound);
        }
        var scope = await ValidateScopeAsync(role, scopeCode, ct);
        if (scope.Error is not null)
        {
            throw Refused(scope.Error);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        user.DepartmentCode = scope.DepartmentCode;
        user.OrgUnitCode = scope.OrgUnitCode;
        await users.UpdateAsync(user);
        // A new stamp signs the user out everywhere, so the old role stops working at once.
        await users.UpdateSecurityStampAsync(user);
        audit.Record(actor.UserName, "user.assign", $"user:{user.UserName}", $"role={role}; scope={scopeCode}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task SetLockedAsync(string userId, bool locked, Actor actor, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            throw RefusalException.NotFound(UserAdminErrors.UserNotFound);
        }
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        await users.UpdateSecurityStampAsync(user);
        audit.Record(actor.UserName, locked ? "user.lock" : "user.unlock", $"user:{user.UserName}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every user with their one role, for the admin list.</summary>
    public async Task<List<UserRow>> ListAsync(CancellationToken ct = default)
    {
        var rows = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId into urs
            from ur in urs.DefaultIfEmpty()
            join r in db.Roles on ur.RoleId equals r.Id into rs
            from r in rs.DefaultIfEmpty()
            orderby u.UserName
            select new { u.Id, u.UserName, u.DisplayName, Role = r == null ? "" : r.Name, u.DepartmentCode, u.OrgUnitCode, u.LockoutEnd, u.IsDemo })
            .ToListAsync(ct);
        var now = clock.Now;
        return rows.Select(x => new UserRow(x.Id, x.UserName ?? "", x.DisplayName, x.Role ?? "",
            x.DepartmentCode ?? x.OrgUnitCode ?? "", x.LockoutEnd is { } end && end > now, x.IsDemo)).ToList();
    }

    private static RefusalException Refused(params string[] codes) =>
        RefusalException.Invalid([.. codes.Select(c => new FieldProblem(UserAdminErrors.FieldOf(c), c))]);

    private async Task<(string? DepartmentCode, string? OrgUnitCode, string? Error)> ValidateScopeAsync(
        string role, string scopeCode, CancellationToken ct)
    {
        if (!AppRoles.All.Contains(role))
        {
            return (null, null, UserAdminErrors.UnknownRole);
        }
        if (AppRoles.IsDepartmentScoped(role))
        {
            return await db.Departments.AnyAsync(d => d.Code == scopeCode, ct)
                ? (scopeCode, null, null)
                : (null, null, UserAdminErrors.UnknownDepartment);
        }
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == scopeCode, ct);
        if (unit is null)
        {
            return (null, null, UserAdminErrors.UnknownOrgUnit);
        }
        var level = AppRoles.RequiredOrgLevel(role);
        return level is not null && unit.Kind.Level() != level
            ? (null, null, UserAdminErrors.ScopeLevelMismatch)
            : (null, scopeCode, null);
    }
}
