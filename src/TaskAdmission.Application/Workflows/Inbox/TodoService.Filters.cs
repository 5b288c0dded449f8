using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>Saved filters: a person names the current filter and finds it again above the inbox.</summary>
public sealed partial class TodoService
{
    public async Task<IReadOnlyList<SavedTodoFilter>> SavedFiltersAsync(Actor actor, CancellationToken ct = default) =>
        await db.SavedTodoFilters.AsNoTracking().Where(f => f.UserName == actor.UserName).OrderBy(f => f.Name).ToListAsync(ct);

    /// <summary>Saves (or replaces, by name) a filter of the actor's; refuses a blank or long name and more than <see cref="SavedTodoFilter.PerUser"/> filters.</summary>
    public async Task<SavedTodoFilter> SaveFilterAsync(Actor actor, string name, TodoFilter filter, CancellationToken ct = default)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > SavedTodoFilter.NameMax)
        {
            throw RefusalException.Invalid("name", "FilterNameRequired", SavedTodoFilter.NameMax);
        }
        var query = (filter with { Page = 1 }).ToQuery(withPage: false);
        var existing = await db.SavedTodoFilters.FirstOrDefaultAsync(f => f.UserName == actor.UserName && f.Name == trimmed, ct);
        if (existing is null)
        {
            if (await db.SavedTodoFilters.CountAsync(f => f.UserName == actor.UserName, ct) >= SavedTodoFilter.PerUser)
            {
                throw RefusalException.Invalid("name", "TooManyFilters", SavedTodoFilter.PerUser);
            }
            existing = new SavedTodoFilter { Id = Guid.NewGuid(), UserName = actor.UserName, Name = trimmed, CreatedAtUtc = clock.UtcNow };
            db.SavedTodoFilters.Add(existing);
        }
        existing.Query = query;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // The same person saved the same name in another tab at the same moment.
            db.ChangeTracker.Clear();
            throw RefusalException.Conflict("FilterExists", ex);
        }
        return existing;
    }

    public async Task DeleteFilterAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        if (await db.SavedTodoFilters.Where(f => f.Id == id && f.UserName == actor.UserName).ExecuteDeleteAsync(ct) == 0)
        {
            throw RefusalException.NotFound();
        }
    }
}
