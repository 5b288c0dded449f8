namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// A village's open inbox as <see cref="VillageInboxCache"/> keeps it: renderings of it, each under the key of what it
/// is for — the API's JSON per language (UTF-8 bytes), the `/village` page's cards and recent done list per language
/// (their markup, text), the language-neutral snapshots the page renders its other language from
/// (<see cref="InboxSnapshot"/>) — and nothing else. Immutable: a rendering added makes a new entry (<see cref="With"/>).
/// </summary>
/// <remarks>
/// Issue 20: under the write stream an entry lives for seconds, so every gen0 collection meanwhile copies what it holds,
/// object by object. An entry is this object, one array and one flat object (a byte array or a string) per rendering:
/// nothing that a hit would have to walk or decode. The page's markup is kept as a string because that is what a
/// Razor component can emit without copying (a markup frame); the API's JSON as bytes, written to the response as is.
/// </remarks>
public sealed class OpenInbox(KeyValuePair<string, object>[] renderings)
{
    private readonly KeyValuePair<string, object>[] renderings = renderings;

    /// <summary>The rendering kept under <paramref name="key"/> (a byte array or a string), or null.</summary>
    public object? Find(string key)
    {
        foreach (var (k, rendering) in renderings)
        {
            if (string.Equals(k, key, StringComparison.Ordinal))
            {
                return rendering;
            }
        }
        return null;
    }

    /// <summary>The bytes kept under <paramref name="key"/>, or null.</summary>
    public byte[]? Bytes(string key) => Find(key) as byte[];

    /// <summary>The text kept under <paramref name="key"/>, or null.</summary>
    public string? Text(string key) => Find(key) as string;

    /// <summary>How many renderings are kept.</summary>
    public int Count => renderings.Length;

    /// <summary>An entry of one rendering (a byte array or a string).</summary>
    public static OpenInbox Of(string key, object rendering) => new([new(key, rendering)]);

    /// <summary>An entry of two renderings.</summary>
    public static OpenInbox Of(string key, object rendering, string key2, object rendering2) => new([new(key, rendering), new(key2, rendering2)]);

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
