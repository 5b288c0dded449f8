using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;

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

    /// <summary>
    /// What the renderings rest on, for a check at <see cref="VillageInboxCache.MaxAge"/> instead of a read
    /// (<see cref="InboxBasis"/>); null when they cannot be checked so (read without a fingerprint, or renderings of
    /// reads whose bases differ): the entry is then read again in full.
    /// </summary>
    public InboxBasis? Basis { get; private init; }

    /// <summary>These renderings resting on <paramref name="basis"/>.</summary>
    public OpenInbox On(InboxBasis? basis) => ReferenceEquals(basis, Basis) ? this : new(renderings) { Basis = basis };

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

    /// <summary>The renderings whose key <paramref name="keep"/> accepts, resting on no basis (<see cref="InboxWriteThrough"/>).</summary>
    internal OpenInbox Only(Func<string, bool> keep) => new([.. renderings.Where(r => keep(r.Key))]);

    /// <summary>These renderings with <paramref name="newer"/>'s added (a key in both: the newer's).</summary>
    /// <remarks>
    /// Kept checkable only if both rest on the same basis (<see cref="InboxBasis.Same"/>): renderings of reads whose rows
    /// or verdicts differed are read again at <see cref="VillageInboxCache.MaxAge"/>, as before revalidation.
    /// </remarks>
    public OpenInbox With(OpenInbox newer)
    {
        var kept = renderings.Where(r => newer.Find(r.Key) is null);
        return new([.. kept, .. newer.renderings]) { Basis = InboxBasis.Same(Basis, newer.Basis) ? Basis : null };
    }
}

/// <summary>
/// What a cached inbox's renderings rest on: the village's <see cref="InboxFingerprint"/> taken before the read, and
/// each decision shown with the verdict shown for it (the row as read, for <see cref="DecisionVerdictCache"/>, and its
/// submission's number, for a new check of its seal).
/// </summary>
public sealed class InboxBasis(string fingerprint, InboxBasis.Shown[] decisions)
{
    /// <summary>A decision shown and the verdict shown for it.</summary>
    public readonly record struct Shown(string Number, Decision Decision, DecisionIntegrity Integrity);

    public string Fingerprint { get; } = fingerprint;

    public IReadOnlyList<Shown> Decisions { get; } = decisions;

    /// <summary>The same fingerprint and the same verdict on every decision (the rows are the same: the fingerprint covers them).</summary>
    public static bool Same(InboxBasis? a, InboxBasis? b)
    {
        if (a is null || b is null || !string.Equals(a.Fingerprint, b.Fingerprint, StringComparison.Ordinal) || a.Decisions.Count != b.Decisions.Count)
        {
            return false;
        }
        foreach (var shown in a.Decisions)
        {
            if (!b.Decisions.Any(other => other.Decision.Id == shown.Decision.Id && other.Integrity == shown.Integrity))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>
/// A village's open work grouped by due date as one read of the database saw it, and when (the oldest decision verdict
/// it shows: <see cref="Environment.TickCount64"/>). Shared by the readers of one flight and rendered by each, never
/// kept: treat it as immutable.
/// </summary>
/// <remarks>
/// <see cref="Basis"/>: what it rests on, when a fingerprint was taken before it. <see cref="Renewed"/> (no groups) is what
/// a flight that revalidated an expired entry and found it unchanged gives its waiters: look again, the entry is current.
/// </remarks>
public sealed record InboxRead(IReadOnlyList<DueGroup> Groups, long ReadAt, InboxBasis? Basis = null)
{
    /// <summary>The flight renewed the village's expired entry (nothing it rests on changed): look it up again.</summary>
    public static readonly InboxRead Renewed = new([], 0);
}
