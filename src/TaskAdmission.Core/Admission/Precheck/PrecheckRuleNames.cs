using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>The rules' names for the reader (the codes stay the machine-readable truth).</summary>
public static class PrecheckRuleNames
{
    private static readonly Dictionary<string, (string Zh, string En)> Names = new()
    {
        [PrecheckRules.ProhibitedItem] = ("负面清单事项", "Prohibited work"),
        [PrecheckRules.ProhibitedCertificate] = ("不应出具的证明", "Prohibited certificate"),
        [PrecheckRules.UnlistedCertificate] = ("清单外证明", "Unlisted certificate"),
        [PrecheckRules.CertificateAllowed] = ("可出具的证明", "Allowed certificate"),
        [PrecheckRules.PledgeOrVeto] = ("责任状/一票否决", "Pledge or one-vote veto"),
        [PrecheckRules.AppCheckIn] = ("打卡/截图留痕", "Check-in or photo proof"),
        [PrecheckRules.AssessmentBan] = ("考核评比排名", "Assessment or ranking"),
        [PrecheckRules.FundingRequired] = ("费随事转", "Funding required"),
        [PrecheckRules.LeadTime] = ("提前申请期限", "Lead time"),
        [PrecheckRules.ItemNotInForce] = ("事项不在现行清单", "Item not in force"),
        [PrecheckRules.NoListInForce] = ("无现行清单", "No list in force"),
        [PrecheckRules.EmergencyInvalid] = ("突发事件不成立", "Invalid emergency"),
        [PrecheckRules.DemandNotCovered] = ("工作要求超出事项", "Demand not covered"),
        [PrecheckRules.UnlistedWork] = ("清单外工作", "Unlisted work"),
        [PrecheckRules.Signboard] = ("挂牌/机制牌子", "Signboard"),
        [PrecheckRules.Demonstration] = ("创建示范", "Demonstration campaign"),
        [PrecheckRules.DepartmentMismatch] = ("部门不符", "Department mismatch"),
        [PrecheckRules.BurdenCap] = ("负担超上限", "Burden above the cap"),
        [PrecheckRules.DuplicateCollection] = ("重复采集", "Duplicate data collection"),
        [PrecheckRules.EmergencyFastTrack] = ("突发事件快速准入", "Emergency fast track"),
        [PrecheckRules.CoveredByItem] = ("清单事项涵盖", "Covered by a list item"),
    };

    public static string Name(string rule, AppLanguage language) =>
        Names.TryGetValue(rule, out var n) ? (language == AppLanguage.En ? n.En : n.Zh) : rule;

    public static IEnumerable<string> Rules => Names.Keys;
}
