using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Audit;

/// <summary>
/// Checks the audit chain as it streams past in sequence order: every entry must follow the one before it, link to
/// its hash, and match its own hash; heads exported earlier must still be in the chain unchanged. Stops at the first
/// broken entry.
/// </summary>
public sealed class AuditChainVerifier(IEnumerable<AuditChainHead>? exportedHeads = null)
{
    private readonly Dictionary<long, string> expected = (exportedHeads ?? []).ToDictionary(h => h.Sequence, h => h.Hash);
    private string previousHash = AuditHash.Genesis;

    /// <summary>Entries checked and found intact.</summary>
    public long Checked { get; private set; }

    public AuditChainHead Head { get; private set; } = AuditChainHead.Empty;

    public AuditBreak? FirstBreak { get; private set; }

    /// <summary>Checks the next entry; false once the chain is broken (stop feeding).</summary>
    public bool Add(AuditEntry entry)
    {
        if (FirstBreak is not null)
        {
            return false;
        }
        var next = Head.Sequence + 1;
        FirstBreak = entry switch
        {
            { Sequence: null } or { Hash: null } or { PreviousHash: null } => new AuditBreak(next, entry.Id, AuditBreakKind.Unsealed),
            _ when entry.Sequence != next => new AuditBreak(next, 0, AuditBreakKind.Missing),
            _ when entry.PreviousHash != previousHash => new AuditBreak(next, entry.Id, AuditBreakKind.Unlinked),
            _ when AuditHash.Of(entry, next, entry.PreviousHash!) != entry.Hash => new AuditBreak(next, entry.Id, AuditBreakKind.Altered),
            _ when expected.TryGetValue(next, out var held) && held != entry.Hash => new AuditBreak(next, entry.Id, AuditBreakKind.Rewritten),
            _ => null,
        };
        if (FirstBreak is not null)
        {
            return false;
        }
        previousHash = entry.Hash!;
        Head = new AuditChainHead(next, entry.Hash!, entry.AtUtc);
        Checked++;
        return true;
    }

    /// <summary>After the last entry: an exported head beyond the end means entries at the end were deleted.</summary>
    public AuditBreak? Finish()
    {
        if (FirstBreak is null && expected.Keys.Any(s => s > Head.Sequence))
        {
            FirstBreak = new AuditBreak(Head.Sequence + 1, 0, AuditBreakKind.Truncated);
        }
        return FirstBreak;
    }
}
