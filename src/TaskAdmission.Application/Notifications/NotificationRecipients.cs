using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Notifications;

/// <summary>Resolves audience keys (<c>user:li.si</c>, <c>township:990100100000</c>, …) to the people they reach today.</summary>
public sealed class NotificationRecipients(AppDbContext db)
{
    private static readonly Dictionary<string, string> RoleOfFamily = new()
    {
        ["village"] = AppRoles.VillageCommittee,
        ["township"] = AppRoles.TownshipApprover,
        ["supervisor"] = AppRoles.Supervisor,
        ["joint"] = AppRoles.JointReviewer,
    };

    public async Task<IReadOnlyList<NotificationRecipient>> ResolveAsync(string audience, CancellationToken ct)
    {
        var colon = audience.IndexOf(':');
        if (colon <= 0)
        {
            return [];
        }
        var (family, code) = (audience[..colon], audience[(colon + 1)..]);
        var users = db.Users.AsNoTracking();
        if (family == "user")
        {
            users = users.Where(u => u.UserName == code);
        }
        else if (family == "department")
        {
            users = users.Where(u => u.DepartmentCode == code);
        }
        else if (RoleOfFamily.TryGetValue(family, out var role))
        {
            users = from u in users
                    join ur in db.UserRoles on u.Id equals ur.UserId
                    join r in db.Roles on ur.RoleId equals r.Id
                    where r.Name == role && u.OrgUnitCode == code
                    select u;
        }
        else
        {
            return [];
        }
        return await users.OrderBy(u => u.UserName)
            .Select(u => new NotificationRecipient(u.UserName!, u.DisplayName, u.Email, u.PhoneNumber))
            .ToListAsync(ct);
    }
}
