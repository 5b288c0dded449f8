using System.Collections.Concurrent;

namespace TaskAdmission.Core.Lists.InForce;

/// <summary>
/// Merged views keyed by (city set id, district set id). Published sets are immutable, so an entry never goes
/// stale by itself; the host calls <see cref="Invalidate"/> when it publishes or retires a set of an authority
/// to drop views it no longer needs (and as a safety net should a published set ever be edited). Thread-safe;
/// register one instance as a singleton.
/// </summary>
public sealed class MergedListCache
{
    private readonly ConcurrentDictionary<(Guid City, Guid District), MergedList> _entries = new();

    public int Count => _entries.Count;

    public MergedList GetOrAdd(ListSet city, ListSet? district) =>
        _entries.GetOrAdd(
            (city.Id, district?.Id ?? Guid.Empty),
            static (_, sets) => ListMerger.Merge(sets.city, sets.district),
            (city, district));

    /// <summary>Drops every merged view that involves a set of <paramref name="authorityCode"/>.</summary>
    public void Invalidate(string authorityCode)
    {
        foreach (var (key, list) in _entries)
        {
            if (list.City.AuthorityCode == authorityCode || list.District?.AuthorityCode == authorityCode)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    public void Clear() => _entries.Clear();
}
