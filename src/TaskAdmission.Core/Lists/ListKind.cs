namespace TaskAdmission.Core.Lists;

/// <summary>Which part of a published list an item belongs to. Names are the CSV tokens; keep them stable.</summary>
public enum ListKind
{
    /// <summary>依法自治事项</summary>
    Autonomy = 1,

    /// <summary>依法协助政府工作事项</summary>
    Assist = 2,

    /// <summary>负面/禁入事项</summary>
    Prohibited = 3,

    /// <summary>可出具证明事项</summary>
    CertificateAllowed = 4,

    /// <summary>不应出具证明事项</summary>
    CertificateProhibited = 5,

    /// <summary>允许的机制牌子</summary>
    Signboard = 6,

    /// <summary>
    /// 识别词库条目: not an item a task can claim, but a jurisdiction's recogniser for a rule family (pledges, check-ins,
    /// rankings, signboards, demonstrations), a synonym group or extra village-actor words; see <see cref="LexiconFamilies"/>.
    /// Published, diffed and refined with the items of its set.
    /// </summary>
    Lexicon = 7,
}
