using System.Collections.Concurrent;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Lists;

/// <summary>
/// Items of published and retired sets by set id. Those items never change (only drafts are editable), so the
/// lists-in-force path loads them once; together with the merged-list cache a warm lookup reads no items.
/// Register as a singleton. Treat the lists as read-only: they are shared between requests.
/// </summary>
public sealed class PublishedListItems
{
    private readonly ConcurrentDictionary<Guid, List<ListItem>> _items = new();

    public bool TryGet(Guid setId, out List<ListItem> items) => _items.TryGetValue(setId, out items!);

    public void Add(Guid setId, List<ListItem> items) => _items.TryAdd(setId, items);

    public void Remove(Guid setId) => _items.TryRemove(setId, out _);

    public void Clear() => _items.Clear();
}
