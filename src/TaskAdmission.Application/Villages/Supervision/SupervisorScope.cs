using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Villages.Supervision;

/// <summary>An area reader's scope: the whole city (no parent), or one district or township code.</summary>
public sealed record SupervisorScope(string Code, bool IsCity)
{
    public static async Task<SupervisorScope> ResolveAsync(AppDbContext db, string code, CancellationToken ct) =>
        new(code, await db.OrgUnits.AnyAsync(u => u.Code == code && u.ParentCode == null, ct));
}
