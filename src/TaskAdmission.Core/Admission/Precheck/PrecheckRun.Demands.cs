using TaskAdmission.Core.Admission.Matching;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Precheck;

internal sealed partial class PrecheckRun
{
    private const double CertificateMatch = 0.6;
    private const DemandKind Banned = DemandKind.Pledge | DemandKind.OneVoteVeto | DemandKind.AppCheckIn;
    private const DemandKind Judging = DemandKind.Assessment | DemandKind.Inspection;
    private const DemandKind NotInEmergency = DemandKind.Assessment | DemandKind.Pledge | DemandKind.OneVoteVeto | DemandKind.Demonstration;

    private DemandKind Declared => request.Demands.Aggregate(DemandKind.None, (all, d) => all | d.Kind);

    private DemandKind AllowedByClaims => admissible.Aggregate(DemandKind.None, (all, i) => all | i.AllowedDemands);

    private bool CheckEmergency()
    {
        if (!request.Emergency)
        {
            return false;
        }
        var valid = true;
        if (string.IsNullOrWhiteSpace(request.EmergencyReason))
        {
            Add(PrecheckRules.EmergencyInvalid, FindingSeverity.Block, null, "EMERGENCY_INVALID.reason");
            valid = false;
        }
        var forbidden = Declared & NotInEmergency;
        if (forbidden != DemandKind.None)
        {
            Add(PrecheckRules.EmergencyInvalid, FindingSeverity.Block, null, "EMERGENCY_INVALID.demand", ListLabels.DemandList(forbidden, language));
            valid = false;
        }
        return valid;
    }

    private void CheckDemands()
    {
        CheckBannedDemands();
        CheckJudging();
        for (var i = 0; i < request.Demands.Count; i++)
        {
            if (request.Demands[i].Kind == DemandKind.Certificate)
            {
                CheckCertificate(i, request.Demands[i].Certificate?.Trim() ?? "");
            }
        }
        CheckSignboardsAndDemonstrations();
        CheckCoverage();
    }

    /// <summary>The firing matches of a rule family's lexicon entries, first entry first.</summary>
    private List<RecognitionHit> Family(string family) =>
        [.. analysis.Fired.Where(h => h.Entry.Target == RecogniserTarget.RuleFamily && h.Entry.Family == family)];

    private void CheckBannedDemands()
    {
        var declared = Declared;
        if ((declared & (DemandKind.Pledge | DemandKind.OneVoteVeto)) != DemandKind.None)
        {
            Add(PrecheckRules.PledgeOrVeto, FindingSeverity.Block, null, "PLEDGE_OR_VETO.demand",
                ListLabels.DemandList(declared & (DemandKind.Pledge | DemandKind.OneVoteVeto), language));
        }
        else if (Family(LexiconFamilies.PledgeOrVeto) is [var pledge, ..] pledges)
        {
            AddTextEvidence(PrecheckRules.PledgeOrVeto, pledges, "PLEDGE_OR_VETO.text", pledge.MatchedText);
        }
        if (declared.HasFlag(DemandKind.AppCheckIn))
        {
            Add(PrecheckRules.AppCheckIn, FindingSeverity.Block, null, "APP_CHECKIN.demand");
        }
        else if (Family(LexiconFamilies.AppCheckIn) is [var checkIn, ..] checkIns)
        {
            AddTextEvidence(PrecheckRules.AppCheckIn, checkIns, "APP_CHECKIN.text", checkIn.MatchedText);
        }
    }

    private void CheckJudging()
    {
        var judging = Declared & Judging;
        var unallowed = judging & ~AllowedByClaims;
        if (unallowed != DemandKind.None)
        {
            Add(PrecheckRules.AssessmentBan, FindingSeverity.Block, null, "ASSESSMENT_BAN", ListLabels.DemandList(unallowed, language));
        }
        else if (judging == DemandKind.None && !AllowedByClaims.HasFlag(DemandKind.Assessment)
            && Family(LexiconFamilies.Assessment) is [var ranking, ..] rankings)
        {
            AddTextEvidence(PrecheckRules.AssessmentBan, rankings, "ASSESSMENT_BAN.text", ranking.MatchedText);
        }
    }

    /// <summary>
    /// The certificate named by a demand, by the certificate items' phrases (so a certificate named by what it proves is
    /// found) and, when no phrase matches, by title similarity. A specific allowed certificate whose match spans the
    /// prohibited one's wins (婚姻登记档案遗失情形下的婚姻状况证明 vs 婚姻状况证明); otherwise the prohibition wins.
    /// </summary>
    private void CheckCertificate(int index, string name)
    {
        var field = $"demands[{index}].certificate";
        if (CertificateRelief.IssuedByBody(name))
        {
            return;
        }
        var hits = lexicon is null || name.Length == 0 ? []
            : TextAnalyser.Analyse(lexicon, [(field, name)]).Hits.Where(h => h.Verdict.Reason is not (VerdictReason.Negated or VerdictReason.InName or VerdictReason.NoIssuer or VerdictReason.NamedCertificate)).ToList();
        var allowedHits = hits.Where(h => h.Entry.Target == RecogniserTarget.AllowedCertificate).ToList();
        // 婚姻状况证明 demanded where the description states the allowed special case (婚姻登记档案遗失): the allowed
        // certificate whose title contains the prohibited one is what is demanded.
        var special = analysis.FiredBy(RecogniserTarget.AllowedCertificate).SelectMany(g => g)
            .Where(a => hits.Any(h => h.Entry.Target == RecogniserTarget.ProhibitedCertificate && a.Entry.Item.TitleZh.Contains(h.Entry.Item.TitleZh.Trim(), StringComparison.Ordinal))).ToList();
        if (allowedHits.Count == 0 && special.Count > 0)
        {
            allowedHits = special;
        }
        var prohibitedHits = hits.Where(h => h.Entry.Target == RecogniserTarget.ProhibitedCertificate && !allowedHits.Any(a => CertificateCover.Covers(a, h) || a.Entry.Item.TitleZh.Contains(h.Entry.Item.TitleZh.Trim(), StringComparison.Ordinal))).ToList();
        if (prohibitedHits.Count > 0 && CertificateRelief.Relieved(analysis, prohibitedHits))
        {
            return;
        }
        if (prohibitedHits.Count > 0)
        {
            var item = prohibitedHits[0].Entry.Item;
            AddEvidence(PrecheckRules.ProhibitedCertificate, FindingSeverity.Block, prohibitedHits, "PROHIBITED_CERTIFICATE", name, item.TitleZh);
            return;
        }
        if (allowedHits.Count > 0)
        {
            var item = allowedHits[0].Entry.Item;
            AddEvidence(PrecheckRules.CertificateAllowed, FindingSeverity.Info, allowedHits, "CERTIFICATE_ALLOWED", name, item.Code, item.TitleZh);
            return;
        }
        var ranked = reference is null || name.Length == 0 ? [] : ListMatchers.For(reference).Certificates.Rank(name);
        var allowed = ranked.FirstOrDefault(r => r.Key.Kind == ListKind.CertificateAllowed && r.Score >= CertificateMatch).Key;
        var prohibited = ranked.FirstOrDefault(r => r.Key.Kind == ListKind.CertificateProhibited && r.Score >= CertificateMatch).Key;
        if (allowed is not null)
        {
            Add(PrecheckRules.CertificateAllowed, FindingSeverity.Info, allowed, "CERTIFICATE_ALLOWED", name, allowed.Code, allowed.Item.TitleZh);
        }
        else if (prohibited is not null)
        {
            Add(PrecheckRules.ProhibitedCertificate, FindingSeverity.Block, prohibited, "PROHIBITED_CERTIFICATE", name, prohibited.Item.TitleZh);
        }
        else
        {
            Add(PrecheckRules.UnlistedCertificate, FindingSeverity.Block, null, "UNLISTED_CERTIFICATE", name.Length == 0 ? "?" : name);
        }
    }

    private void CheckSignboardsAndDemonstrations()
    {
        var signboardItem = admissible.FirstOrDefault(i => i.Kind == ListKind.Signboard && i.AllowedDemands.HasFlag(DemandKind.Signboard));
        foreach (var demand in request.Demands.Where(d => d.Kind == DemandKind.Signboard))
        {
            if (signboardItem is null)
            {
                Add(PrecheckRules.Signboard, FindingSeverity.Warn, null, "SIGNBOARD", demand.Signboard ?? demand.Note ?? "");
            }
        }
        if (!Declared.HasFlag(DemandKind.Signboard) && signboardItem is null && Family(LexiconFamilies.Signboard) is [var board, ..] boards)
        {
            AddEvidence(PrecheckRules.Signboard, FindingSeverity.Warn, boards, "SIGNBOARD", board.MatchedText);
        }
        if (Declared.HasFlag(DemandKind.Demonstration))
        {
            Add(PrecheckRules.Demonstration, FindingSeverity.Warn, null, "DEMONSTRATION");
        }
        else if (Family(LexiconFamilies.Demonstration) is [_, ..] campaigns)
        {
            AddEvidence(PrecheckRules.Demonstration, FindingSeverity.Warn, campaigns, "DEMONSTRATION");
        }
    }

    /// <summary>Every ordinary demand must be allowed by a claimed admissible item; otherwise joint review.</summary>
    private void CheckCoverage()
    {
        var ordinary = DemandKinds.Split(Declared & ~(Banned | Judging | DemandKind.Certificate | DemandKind.Signboard | DemandKind.Demonstration)).ToList();
        if (admissible.Count == 0)
        {
            Add(PrecheckRules.UnlistedWork, FindingSeverity.Info, null, "UNLISTED_WORK");
            return;
        }
        foreach (var kind in ordinary)
        {
            var cover = admissible.FirstOrDefault(i => i.AllowedDemands.HasFlag(kind));
            if (cover is null)
            {
                Add(PrecheckRules.DemandNotCovered, FindingSeverity.Warn, null, "DEMAND_NOT_COVERED", Demand(kind));
            }
            else
            {
                Add(PrecheckRules.CoveredByItem, FindingSeverity.Info, cover, "COVERED_BY_ITEM", Demand(kind), cover.Code, cover.Item.TitleZh);
            }
        }
    }

    /// <summary>费随事转: only work the village does by law on its own (autonomy, allowed certificates) may come without means.</summary>
    private void CheckFunding()
    {
        var ownDuty = admissible.Count > 0 && admissible.All(i => i.Kind is ListKind.Autonomy or ListKind.CertificateAllowed)
            && !findings.Any(f => f.Rule is PrecheckRules.DemandNotCovered);
        if (!ownDuty && !request.Support.Any)
        {
            Add(PrecheckRules.FundingRequired, FindingSeverity.Block, admissible.FirstOrDefault(i => i.Kind == ListKind.Assist), "FUNDING_REQUIRED");
        }
    }

    private void CheckLeadTime(bool validEmergency)
    {
        var days = context.Calendar.WorkingDaysBetween(request.SubmittedOn, request.StartDate);
        if (days < context.Settings.LeadTimeWorkingDays && !validEmergency)
        {
            Add(PrecheckRules.LeadTime, FindingSeverity.Block, null, "LEAD_TIME", days, context.Settings.LeadTimeWorkingDays);
        }
    }
}
