using System.Globalization;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Audit;

/// <summary>
/// The hash of one audit entry, in a format an outside party can recompute (docs/security.md): SHA-256 over the tag
/// <c>ta-audit-v1</c> and seven fields — sequence (decimal), time (<c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>), actor, action,
/// subject, details, previous hash — each length-prefixed (<see cref="CanonicalHash"/>).
/// </summary>
public static class AuditHash
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Times are kept to the microsecond (what PostgreSQL stores), so a stored entry hashes as it was written.</summary>
    public static DateTime Normalise(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    public static string TimeText(DateTime utc) =>
        Normalise(utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string Of(AuditEntry entry, long sequence, string previousHash) =>
        new CanonicalHash("ta-audit-v1"u8)
            .Add(sequence.ToString(CultureInfo.InvariantCulture))
            .Add(TimeText(entry.AtUtc))
            .Add(entry.Actor)
            .Add(entry.Action)
            .Add(entry.Subject)
            .Add(entry.Details)
            .Add(previousHash)
            .Hex();

    /// <summary>Whether <paramref name="entry"/>'s stored hash matches its content and stored previous hash.</summary>
    public static bool IsIntact(AuditEntry entry) =>
        entry is { Sequence: { } sequence, PreviousHash: { } previous, Hash: { } hash } && Of(entry, sequence, previous) == hash;
}
