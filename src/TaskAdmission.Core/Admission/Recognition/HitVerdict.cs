using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>Whether a matched phrase fires, why, and the word that decided it (the actor or the negation cue).</summary>
public sealed record HitVerdict(bool Fires, VerdictReason Reason, string? Cue)
{
    /// <summary>A negation whose clause (or the one before) names the village: the notice says the village does not do it.</summary>
    public bool NamesVillage { get; init; }

    /// <summary>(phase 20) A match naming no one that its clause demands with a modal of its own (巡河时须在APP开启实时定位).</summary>
    public bool Demanded { get; init; }

    /// <summary>(phase 29) A match naming no one in a clause that opens with a replacement (…不再报送，改为每天在群里发照片), or
    /// (session 31) whose clause keeps the act going before it (请继续按月代收…): a new demand.</summary>
    public bool Replacing { get; init; }

    /// <summary>A sentence for the reader: "村级主体“各村”承担" / "the village (各村) acts".</summary>
    public string Explain(AppLanguage language)
    {
        var cue = Cue ?? "";
        var zh = language != AppLanguage.En;
        return Reason switch
        {
            VerdictReason.VillageActs => zh ? $"由村级主体“{cue}”承担" : $"put on the village ({cue})",
            VerdictReason.HandedToVillage => zh ? $"任务下派给村（社区）（“{cue}”）" : $"handed down to the village ({cue})",
            VerdictReason.VillageTargeted => zh ? $"针对村（社区）（“{cue}”）" : $"aimed at the village ({cue})",
            VerdictReason.NoOtherActor => zh ? "未指明其他承担主体" : "no other body is named",
            VerdictReason.Negated => zh ? $"已被否定（“{cue}”），不触发" : $"negated ({cue}); does not fire",
            VerdictReason.Excluded => zh ? $"正文中只作“{cue}”使用，不触发" : $"the description uses it only as {cue}; does not fire",
            VerdictReason.Voluntary => zh ? $"村（社区）自愿参加（“{cue}”），不是要求，不触发" : $"the village takes part by choice ({cue}); does not fire",
            VerdictReason.NoIssuer => zh ? "未指明由村（社区）出具，不触发" : "no sentence says the village issues it; does not fire",
            VerdictReason.NamedCertificate => zh ? $"按清单证明事项“{cue}”认定" : $"read as the listed certificate {cue}",
            VerdictReason.NotOperative => zh ? $"按文件通读（“{cue}”），不是对村（社区）的要求，不触发" : $"read with the whole document ({cue}): not asked of the village; does not fire",
            VerdictReason.InName => zh ? $"是名称“{cue}”的一部分，不触发" : $"part of the name {cue}; does not fire",
            _ => zh ? $"由其他主体“{cue}”承担，不触发" : $"attributed to {cue}; does not fire",
        };
    }
}
