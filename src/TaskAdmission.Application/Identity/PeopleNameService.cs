using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Identity;

/// <summary>
/// Display names (post and name, e.g. "石桥镇审核人 张伟") of sign-in names, for every page that shows who did something.
/// A page collects the sign-in names it shows and asks once (one query per page, never one per row).
/// </summary>
public sealed class PeopleNameService(AppDbContext db)
{
    /// <summary>Display names by sign-in name; names of no user (e.g. "system:dispatch", a removed account) are absent.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IEnumerable<string?> userNames, CancellationToken ct = default)
    {
        var names = userNames.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return new Dictionary<string, string>();
        }
        return await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal, ct);
    }
}
