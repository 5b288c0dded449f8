namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// A village's open inbox as <see cref="VillageInboxCache"/> keeps it: renderings of it as bytes, each under the key of
/// what it is for — the API's JSON per language, the `/village` page's cards (<see cref="InboxSnapshot"/>), its recent
/// done list — and nothing else. Immutable: a rendering added makes a new entry (<see cref="With"/>).
/// </summary>
/// <remarks>
/// Issue 20: under the write stream an entry lives for seconds, so every gen0 collection meanwhile copies what it holds,
/// object by object. The views it used to keep (with their groups, lists and records, about 60 objects of its own per
/// village besides the JSON) are rebuilt from the bytes on the rarer path that needs them (the page) instead of being
/// kept for the API's hits, which only write the bytes: an entry is now this object, one array and a byte array per
/// rendering.
/// </remarks>
public sealed class OpenInbox(KeyValuePair<string, byte[]>[] renderings)
{
    private readonly KeyValuePair<string, byte[]>[] renderings = renderings;

    /// <summary>The rendering kept under <paramref name="key"/>, or null.</summary>
    public byte[]? Find(string key)
    {
        foreach (var (k, bytes) in renderings)
        {
            if (string.Equals(k, key, StringComparison.Ordinal))
            {
                return bytes;
            }
        }
        return null;
    }

    /// <summary>How many renderings are kept.</summary>
    public int Count => renderings.Length;

    /// <summary>An entry of one rendering.</summary>
    public static OpenInbox Of(string key, byte[] bytes) => new([new(key, bytes)]);

    /// <summary>These renderings with <paramref name="newer"/>'s added (a key in both: the newer's).</summary>
    public OpenInbox With(OpenInbox newer)
    {
        var kept = renderings.Where(r => newer.Find(r.Key) is null);
        return new([.. kept, .. newer.renderings]);
    }
}

/// <summary>
/// A village's open work grouped by due date as one read of the database saw it, and when (the oldest decision verdict
/// it shows: <see cref="Environment.TickCount64"/>). Shared by the readers of one flight and rendered by each, never
/// kept: treat it as immutable.
/// </summary>
public sealed record InboxRead(IReadOnlyList<DueGroup> Groups, long ReadAt);
