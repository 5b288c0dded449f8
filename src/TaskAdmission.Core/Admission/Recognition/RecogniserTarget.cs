namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>What a recogniser recognises, from the kind of the list row that carries it.</summary>
public enum RecogniserTarget
{
    /// <summary>A prohibited item (负面清单): work the village may never be made responsible for.</summary>
    ProhibitedWork = 1,

    /// <summary>A certificate villages should not issue.</summary>
    ProhibitedCertificate,

    /// <summary>A certificate villages may issue (wins over a broader prohibited one it contains).</summary>
    AllowedCertificate,

    /// <summary>An autonomy, assistance or signboard item: the phrases feed the suggestions.</summary>
    Admissible,

    /// <summary>A lexicon entry of a rule family (pledges, check-ins, rankings, signboards, campaigns).</summary>
    RuleFamily,
}
