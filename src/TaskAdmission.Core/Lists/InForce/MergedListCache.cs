using System.Collections.Concurrent;

namespace TaskAdmission.Core.Lists.InForce;

/// <summary>
/// Merged views keyed by (city set id, district set id). Published sets are immutable, so an entry never goes
/// stale by itself; the host calls <see cref="Invalidate"/> when it publishes or retires a set of an authority
/// to drop views it no longer needs (and as a safety net should a published set ever be edited). Bounded: when
/// <see cref="Capacity"/> views are held it starts again empty (views are cheap to rebuild and few are hot; a
/// least-recently-used order would cost every read a write). Thread-safe; register one instance as a singleton.
/// </summary>
public sealed class MergedListCache(int capacity = MergedListCache.DefaultCapacity)
{
    /// <summary>A city with a few dozen districts and a couple of versions each needs a few hundred views.</summary>
    public const int DefaultCapacity = 1_000;

    private readonly ConcurrentDictionary<(Guid City, Guid District), MergedList> _entries = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "The cache needs room for at least one view.");

    public int Count => _entries.Count;

    public MergedList GetOrAdd(ListSet city, ListSet? district)
    {
        var key = (city.Id, district?.Id ?? Guid.Empty);
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        return _entries.GetOrAdd(key, static (_, sets) => ListMerger.Merge(sets.city, sets.district), (city, district));
    }

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
