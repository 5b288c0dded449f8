using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>One evaluation of the rules; the partial files hold the rule groups.</summary>
internal sealed partial class PrecheckRun(PrecheckRequest request, PrecheckContext context, AppLanguage language, PrecheckAnalysis? shared = null)
{
    private const int EvidenceHits = 3;
    private readonly List<PrecheckFinding> findings = [];
    private readonly List<EffectiveItem> admissible = [];
    private MergedList? reference;
    private RecogniserLexicon? lexicon;
    private TextAnalysis analysis = new([], false);

    public PrecheckResult Execute()
    {
        Read();

        CheckListsInForce();
        CheckClaimedItems();
        var validEmergency = CheckEmergency();
        CheckDemands();
        CheckProhibitedText();
        CheckFunding();
        CheckLeadTime(validEmergency);
        var burden = ProjectBurden();
        CheckBurdenCap(burden);
        CheckDuplicates();

        var blocked = findings.Any(f => f.Severity == FindingSeverity.Block);
        if (validEmergency && !blocked)
        {
            var due = context.Calendar.AddWorkingDays(request.SubmittedOn, context.Settings.EmergencyReviewWorkingDays);
            Add(PrecheckRules.EmergencyFastTrack, FindingSeverity.Info, null, "EMERGENCY_FAST_TRACK", due.ToString("yyyy-MM-dd"));
        }
        var outcome = blocked ? PrecheckOutcome.Rejected
            : validEmergency ? PrecheckOutcome.EmergencyAdmission
            : findings.Any(f => PrecheckRules.RouteToJointReview.Contains(f.Rule)) ? PrecheckOutcome.JointReview
            : PrecheckOutcome.TownshipReview;
        return new PrecheckResult(outcome, findings, Suggest(), context.Villages.Count, burden);
    }

    /// <summary>
    /// What the title and description alone give away while the form is still incomplete: prohibited work and
    /// certificates, pledges, check-ins, rankings, signboards and campaigns, with their evidence, and the suggestions.
    /// The outcome is provisional: Rejected when one of them blocks, TownshipReview otherwise.
    /// </summary>
    public PrecheckResult Signals()
    {
        Read();
        CheckProhibitedText();
        CheckBannedDemands();
        CheckJudging();
        CheckSignboardsAndDemonstrations();
        var outcome = findings.Any(f => f.Severity == FindingSeverity.Block) ? PrecheckOutcome.Rejected : PrecheckOutcome.TownshipReview;
        return new PrecheckResult(outcome, findings, Suggest(), context.Villages.Count, new Dictionary<DemandKind, double>()) { Provisional = true };
    }

    /// <summary>The language-independent reading this run made or reused (set by <see cref="Read"/>).</summary>
    public PrecheckAnalysis Analysis { get; private set; } = null!;

    private void Read()
    {
        if (shared is not null && shared.Of(request, context))
        {
            (reference, lexicon, analysis, Analysis) = (shared.Reference, shared.Lexicon, shared.Text, shared);
            return;
        }
        reference = context.Villages.Select(v => v.Lists.List).FirstOrDefault(l => l is not null);
        lexicon = reference is null ? null : RecogniserLexicon.For(reference);
        analysis = lexicon is null ? analysis : TextAnalyser.Analyse(lexicon, TextFields(request));
        Analysis = new PrecheckAnalysis(request, context, reference, lexicon, analysis);
    }

    /// <summary>The fields the recognisers read, named as the submission form names them.</summary>
    internal static IEnumerable<(string Field, string Text)> TextFields(PrecheckRequest request)
    {
        yield return ("title", request.Title);
        yield return ("description", request.Description);
        for (var i = 0; i < request.Demands.Count; i++)
        {
            yield return ($"demands[{i}].note", request.Demands[i].Note ?? "");
        }
    }

    private void Add(string rule, FindingSeverity severity, EffectiveItem? item, string messageKey, params object?[] args) =>
        findings.Add(Finding(rule, severity, item, messageKey, args));

    /// <summary>A finding backed by recognised text: the spans of up to three matches, the phrase, the words and why it counts.</summary>
    private void AddEvidence(string rule, FindingSeverity severity, IReadOnlyList<RecognitionHit> hits, string messageKey, params object?[] args)
    {
        var first = hits[0];
        findings.Add(Finding(rule, severity, first.Entry.Effective, messageKey, args) with
        {
            Evidence = [.. hits.Take(EvidenceHits).SelectMany(h => h.Spans)],
            Phrase = first.Phrase,
            MatchedText = first.MatchedText,
            Reason = first.Verdict.Explain(language),
        });
    }

    /// <summary>
    /// A prohibited finding read from the text: a block, or (phase 21) a warning when the paper is not a task for the villages
    /// and demands nothing of them in its own voice (<see cref="TextAnalysis.NotForVillages"/>) — still with its evidence and
    /// its own message after the notice that the paper passes no such work down, so a person reviews what it mentions.
    /// </summary>
    private void AddTextEvidence(string rule, IReadOnlyList<RecognitionHit> hits, string messageKey, params object?[] args)
    {
        if (analysis.NotForVillages is not { } paper)
        {
            AddEvidence(rule, FindingSeverity.Block, hits, messageKey, args);
            return;
        }
        AddEvidence(rule, FindingSeverity.Warn, hits, "NOT_FOR_VILLAGES", hits[0].MatchedText, paper, PrecheckMessages.Text(messageKey, language, args));
    }

    /// <summary>
    /// Cites the item's version and basis; without an item, the lists consulted (city and district version) and the rule's
    /// basis from the jurisdiction's settings.
    /// </summary>
    private PrecheckFinding Finding(string rule, FindingSeverity severity, EffectiveItem? item, string messageKey, object?[] args, string? consulted = null) =>
        new(rule, severity, item?.Code,
            item is null ? consulted ?? Version(reference) : Version(item.Source),
            item?.Item.LegalBasis ?? context.Settings.RuleBases.GetValueOrDefault(rule),
            PrecheckMessages.Text(messageKey, language, args));

    private static string Version(ListSetRef source) => $"{source.AuthorityCode} {source.VersionLabel}";

    private static string? Version(MergedList? list) =>
        list is null ? null : list.District is { } district ? $"{Version(list.City)}; {Version(district)}" : Version(list.City);

    private string Demand(DemandKind kind) => ListLabels.Demand(kind, language);

    /// <summary>
    /// Never an autonomy or assistance item for a text that describes prohibited work or a prohibited certificate; only the
    /// allowed certificates the text names (<see cref="ItemSuggester.Suggestable"/>).
    /// </summary>
    private IReadOnlyList<SuggestedItem> Suggest()
    {
        if (reference is null || lexicon is null)
        {
            return [];
        }
        var asked = findings.Any(f => f.Rule is PrecheckRules.ProhibitedItem or PrecheckRules.ProhibitedCertificate && f.Evidence.Count > 0)
            ? ItemSuggester.PapersAsked(analysis)
            : null;
        if (asked is { Count: 0 })
        {
            return [];
        }
        var ranked = Analysis.Ranked ??= ItemSuggester.For(reference, lexicon).Rank(request.Title, request.Description, analysis);
        return [.. ItemSuggester.Suggestable(ranked, asked, 3)
            .Select(s => new SuggestedItem(s.Item.Code, language == AppLanguage.En ? s.Item.Item.TitleEn ?? s.Item.Item.TitleZh : s.Item.Item.TitleZh, s.Score))];
    }
}
