using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// People by the name they are known by: records keep the login (stable, audited), screens show the display name
/// ("石桥村村委会 王芳"). A login with no account (a system actor, a deleted user) stays as it is.
/// </summary>
internal static class PersonNames
{
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(AppDbContext db, IEnumerable<string> userNames, CancellationToken ct)
    {
        var wanted = userNames.Where(n => !string.IsNullOrEmpty(n)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>();
        }
        var found = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct);
        return found.ToDictionary(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal);
    }
}
