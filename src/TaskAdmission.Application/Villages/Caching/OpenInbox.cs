using System.Collections.Concurrent;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// A village's open work grouped by due date, as read once. Shared between requests while cached: treat it as
/// immutable. Renderings derived from it (the API's JSON per language) are kept on it, so they go when it goes.
/// </summary>
public sealed class OpenInbox(IReadOnlyList<DueGroup> groups)
{
    private readonly ConcurrentDictionary<string, object> renderings = new(StringComparer.Ordinal);

    private volatile IReadOnlyList<AssignmentView>? recentDone;

    public IReadOnlyList<DueGroup> Groups { get; } = groups;

    /// <summary>
    /// The village's most recently done work (the `/village` page's list), once a read after this inbox's proved it current
    /// (<see cref="VillageInboxCache.StoreRecentDone"/>); the same changes evict it with the inbox.
    /// </summary>
    public IReadOnlyList<AssignmentView>? RecentDone => recentDone;

    internal void SetRecentDone(IReadOnlyList<AssignmentView> done) => recentDone = done;

    public T Rendering<T>(string key, Func<IReadOnlyList<DueGroup>, T> render) where T : class =>
        (T)renderings.GetOrAdd(key, static (_, state) => state.render(state.groups), (render, groups: Groups));
}
