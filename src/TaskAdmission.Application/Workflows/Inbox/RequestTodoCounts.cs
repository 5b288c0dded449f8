using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>
/// The menu numbers read once per request: the layout's badge, the inbox and the home dashboard all show them, and each
/// asking on its own made three passes over the person's open tasks per page. Scoped, so one request shares one read; the
/// read runs in its own DI scope (its own DbContext), because the components that ask render at the same moment as the
/// page, whose context may be busy — and so it runs beside the page's own query instead of after it.
/// </summary>
public sealed class RequestTodoCounts(IServiceScopeFactory scopes)
{
    private readonly Lock gate = new();
    private (string UserName, Task<TodoCounts> Counts)? read;

    /// <summary>The counts of <paramref name="actor"/>, read on the first call of the request and shared after it.</summary>
    public Task<TodoCounts> GetAsync(Actor actor)
    {
        lock (gate)
        {
            if (read is { } done && done.UserName == actor.UserName)
            {
                return done.Counts;
            }
            var counts = ReadAsync(actor);
            read = (actor.UserName, counts);
            return counts;
        }
    }

    private async Task<TodoCounts> ReadAsync(Actor actor)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TodoService>().CountsAsync(actor);
    }
}
