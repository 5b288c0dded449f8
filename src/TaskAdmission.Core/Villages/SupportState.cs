namespace TaskAdmission.Core.Villages;

/// <summary>Whether promised support reached the village, as the village says. Persisted by name.</summary>
public enum SupportState
{
    /// <summary>Nothing of this kind was promised.</summary>
    NotPromised,

    /// <summary>Promised; the village has not said yet.</summary>
    Pending,

    /// <summary>The village confirmed it arrived.</summary>
    Arrived,

    /// <summary>The village says it did not arrive.</summary>
    Missing,
}
