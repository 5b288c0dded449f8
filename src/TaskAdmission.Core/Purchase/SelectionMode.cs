namespace TaskAdmission.Core.Purchase;

/// <summary>How the provider was chosen. Persisted by name.</summary>
public enum SelectionMode
{
    /// <summary>委托: the village committee of the one village covered, by entrustment agreement.</summary>
    DirectEntrustment,

    /// <summary>择优选定: one of the registered providers serving the area, with the reason recorded.</summary>
    Choice,
}
