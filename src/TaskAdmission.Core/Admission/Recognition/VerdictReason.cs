namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>Why a matched phrase fires or not; every finding and every "try it" line carries one.</summary>
public enum VerdictReason
{
    /// <summary>The village (or its staff) is the one acting.</summary>
    VillageActs = 1,

    /// <summary>The task is handed down to the village (分解到各村, 向各村下达).</summary>
    HandedToVillage,

    /// <summary>The village is the one assessed, made to sign, to check in, to carry a signboard or a campaign.</summary>
    VillageTargeted,

    /// <summary>No other actor is named, so the notice puts it on its addressee, the village.</summary>
    NoOtherActor,

    /// <summary>Negated: 不得, 不再, 无需, 一律取消 ….</summary>
    Negated,

    /// <summary>Attributed to another body or to private persons (由税务部门负责, 派出所出具).</summary>
    OtherActor,

    /// <summary>Part of a body's or a person's name (镇市场监管所, 被征地村民), not an act.</summary>
    InName,

    /// <summary>A title's words that the description uses only inside one of the phrase's exclusions (签到 in 签到表).</summary>
    Excluded,

    /// <summary>A rule family in a sentence saying the village takes part by its own choice (自愿报名).</summary>
    Voluntary,

    /// <summary>A demand to issue a certificate whose sentence names no issuer: nothing says the village issues it.</summary>
    NoIssuer,

    /// <summary>A demand to issue some certificate, cited instead as the listed certificate its sentence names.</summary>
    NamedCertificate,

    /// <summary>
    /// (phase 8) The document's reading: the match stands in a part that is not operative (a question, a finding, a practice
    /// reported), or in a paper that does not speak to the villages (addressed to other bodies, or a department's own report,
    /// speech, reply or announcement) where nothing names the village as the one to act.
    /// </summary>
    NotOperative,
}
