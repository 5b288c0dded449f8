using System.Collections.Concurrent;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// A village's open work grouped by due date, as read once. Shared between requests while cached: treat it as
/// immutable. Renderings derived from it (the API's JSON per language) are kept on it, so they go when it goes.
/// </summary>
public sealed class OpenInbox(IReadOnlyList<DueGroup> groups)
{
    private readonly ConcurrentDictionary<string, object> renderings = new(StringComparer.Ordinal);

    public IReadOnlyList<DueGroup> Groups { get; } = groups;

    public T Rendering<T>(string key, Func<IReadOnlyList<DueGroup>, T> render) where T : class =>
        (T)renderings.GetOrAdd(key, static (_, state) => state.render(state.groups), (render, groups: Groups));
}
