namespace TaskAdmission.Core.Purchase;

/// <summary>What a purchase file is. Persisted by name.</summary>
public enum PurchaseFileUse
{
    /// <summary>The signed and stamped agreement, scanned.</summary>
    SignedAgreement,

    /// <summary>Attached to a milestone report.</summary>
    Report,
}
