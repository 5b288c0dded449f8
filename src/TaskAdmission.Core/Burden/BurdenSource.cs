namespace TaskAdmission.Core.Burden;

/// <summary>Where a burden count comes from. Persisted by name.</summary>
public enum BurdenSource
{
    /// <summary>Admitted work dispatched to the village (assignments).</summary>
    Admitted,

    /// <summary>Work that reached the village without admission: a report (举报) the supervisor found founded.</summary>
    Unadmitted,
}
