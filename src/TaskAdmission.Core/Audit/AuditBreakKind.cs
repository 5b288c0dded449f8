namespace TaskAdmission.Core.Audit;

/// <summary>How the audit chain is broken at an entry.</summary>
public enum AuditBreakKind
{
    /// <summary>The entry's content no longer matches its hash (it was changed after it was written).</summary>
    Altered,

    /// <summary>The entry does not link to the one before it (that one was changed and its hash recomputed).</summary>
    Unlinked,

    /// <summary>The entry with this sequence number is missing (deleted).</summary>
    Missing,

    /// <summary>A row without a seal (written past the app, straight into the table).</summary>
    Unsealed,

    /// <summary>The entry differs from a chain head exported earlier (the chain was rewritten from here on).</summary>
    Rewritten,

    /// <summary>The chain ends before a chain head exported earlier (entries at its end were deleted).</summary>
    Truncated,
}
