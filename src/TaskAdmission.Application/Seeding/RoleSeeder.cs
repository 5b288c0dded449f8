using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Seeding;

/// <summary>The eight roles of domain.md must exist in every database, demo or not.</summary>
public static class RoleSeeder
{
    public static async Task EnsureRolesAsync(AppDbContext db, CancellationToken ct = default)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in AppRoles.All.Where(r => !existing.Contains(r)))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }
        await db.SaveChangesAsync(ct);
    }
}
