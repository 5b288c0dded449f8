using TaskAdmission.Core.Admission.Matching;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>One evaluation of the rules; the partial files hold the rule groups.</summary>
internal sealed partial class PrecheckRun(PrecheckRequest request, PrecheckContext context, AppLanguage language)
{
    private readonly List<PrecheckFinding> findings = [];
    private readonly List<EffectiveItem> admissible = [];
    private MergedList? reference;
    private HashSet<string> textGrams = [];
    private string text = "";

    public PrecheckResult Execute()
    {
        text = string.Join("\n", [request.Title, request.Description, .. request.Demands.Select(d => d.Note ?? "")]);
        textGrams = TextGrams.Of(request.Title + "\n" + request.Description);
        reference = context.Villages.Select(v => v.Lists.List).FirstOrDefault(l => l is not null);

        CheckListsInForce();
        CheckClaimedItems();
        CheckProhibitedText();
        var validEmergency = CheckEmergency();
        CheckDemands();
        CheckFunding();
        CheckLeadTime(validEmergency);
        var burden = ProjectBurden();
        CheckBurdenCap(burden);
        CheckDuplicates();

        var blocked = findings.Any(f => f.Severity == FindingSeverity.Block);
        if (validEmergency && !blocked)
        {
            var due = context.Calendar.AddWorkingDays(request.SubmittedOn, context.Settings.EmergencyReviewWorkingDays);
            Add(PrecheckRules.EmergencyFastTrack, FindingSeverity.Info, null, PrecheckRules.AntiFormalism2024, "EMERGENCY_FAST_TRACK", due.ToString("yyyy-MM-dd"));
        }
        var outcome = blocked ? PrecheckOutcome.Rejected
            : validEmergency ? PrecheckOutcome.EmergencyAdmission
            : findings.Any(f => PrecheckRules.RouteToJointReview.Contains(f.Rule)) ? PrecheckOutcome.JointReview
            : PrecheckOutcome.TownshipReview;
        return new PrecheckResult(outcome, findings, Suggest(), context.Villages.Count, burden);
    }

    private void Add(string rule, FindingSeverity severity, EffectiveItem? item, string? basis, string messageKey, params object?[] args) =>
        findings.Add(new PrecheckFinding(rule, severity, item?.Code,
            item is null ? null : $"{item.Source.AuthorityCode} {item.Source.VersionLabel}",
            item?.Item.LegalBasis ?? basis,
            PrecheckMessages.Text(messageKey, language, args)));

    private string Demand(DemandKind kind) => ListLabels.Demand(kind, language);

    private IReadOnlyList<SuggestedItem> Suggest() =>
        reference is null
            ? []
            : ListMatchers.For(reference).Admissible.Rank(textGrams, 3)
                .Select(s => new SuggestedItem(s.Key.Code, language == AppLanguage.En ? s.Key.Item.TitleEn ?? s.Key.Item.TitleZh : s.Key.Item.TitleZh, s.Score))
                .ToList();
}
