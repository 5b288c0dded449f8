using TaskAdmission.Core.Admission.Matching;
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
            Add(PrecheckRules.EmergencyInvalid, FindingSeverity.Block, null, PrecheckRules.AntiFormalism2024, "EMERGENCY_INVALID.reason");
            valid = false;
        }
        var forbidden = Declared & NotInEmergency;
        if (forbidden != DemandKind.None)
        {
            Add(PrecheckRules.EmergencyInvalid, FindingSeverity.Block, null, PrecheckRules.AntiFormalism2024, "EMERGENCY_INVALID.demand", ListLabels.DemandList(forbidden, language));
            valid = false;
        }
        return valid;
    }

    private void CheckDemands()
    {
        CheckBannedDemands();
        CheckJudging();
        foreach (var demand in request.Demands.Where(d => d.Kind == DemandKind.Certificate))
        {
            CheckCertificate(demand.Certificate?.Trim() ?? "");
        }
        CheckSignboardsAndDemonstrations();
        CheckCoverage();
    }

    private void CheckBannedDemands()
    {
        var declared = Declared;
        if ((declared & (DemandKind.Pledge | DemandKind.OneVoteVeto)) != DemandKind.None)
        {
            Add(PrecheckRules.PledgeOrVeto, FindingSeverity.Block, null, PrecheckRules.NationalOpinion2022, "PLEDGE_OR_VETO.demand",
                ListLabels.DemandList(declared & (DemandKind.Pledge | DemandKind.OneVoteVeto), language));
        }
        else if (TextSignals.PledgeOrVeto().Match(text) is { Success: true } pledge)
        {
            Add(PrecheckRules.PledgeOrVeto, FindingSeverity.Block, null, PrecheckRules.NationalOpinion2022, "PLEDGE_OR_VETO.text", pledge.Value);
        }
        if (declared.HasFlag(DemandKind.AppCheckIn))
        {
            Add(PrecheckRules.AppCheckIn, FindingSeverity.Block, null, PrecheckRules.DigitalBurden, "APP_CHECKIN.demand");
        }
        else if (TextSignals.AppCheckIn().Match(text) is { Success: true } checkIn)
        {
            Add(PrecheckRules.AppCheckIn, FindingSeverity.Block, null, PrecheckRules.DigitalBurden, "APP_CHECKIN.text", checkIn.Value);
        }
    }

    private void CheckJudging()
    {
        var judging = Declared & Judging;
        var unallowed = judging & ~AllowedByClaims;
        if (unallowed != DemandKind.None)
        {
            Add(PrecheckRules.AssessmentBan, FindingSeverity.Block, null, PrecheckRules.AntiFormalism2024, "ASSESSMENT_BAN", ListLabels.DemandList(unallowed, language));
        }
        else if (judging == DemandKind.None && !AllowedByClaims.HasFlag(DemandKind.Assessment)
            && TextSignals.Assessment().Match(text) is { Success: true } ranking)
        {
            Add(PrecheckRules.AssessmentBan, FindingSeverity.Block, null, PrecheckRules.AntiFormalism2024, "ASSESSMENT_BAN.text", ranking.Value);
        }
    }

    /// <summary>A specific allowed certificate item beats a broad prohibited one (婚姻登记档案遗失情形下的婚姻状况证明 vs 婚姻状况证明).</summary>
    private void CheckCertificate(string name)
    {
        var ranked = reference is null || name.Length == 0 ? [] : ListMatchers.For(reference).Certificates.Rank(name);
        var allowed = ranked.FirstOrDefault(r => r.Key.Kind == ListKind.CertificateAllowed && r.Score >= CertificateMatch).Key;
        var prohibited = ranked.FirstOrDefault(r => r.Key.Kind == ListKind.CertificateProhibited && r.Score >= CertificateMatch).Key;
        if (allowed is not null)
        {
            Add(PrecheckRules.CertificateAllowed, FindingSeverity.Info, allowed, null, "CERTIFICATE_ALLOWED", name, allowed.Code, allowed.Item.TitleZh);
        }
        else if (prohibited is not null)
        {
            Add(PrecheckRules.ProhibitedCertificate, FindingSeverity.Block, prohibited, null, "PROHIBITED_CERTIFICATE", name, prohibited.Item.TitleZh);
        }
        else
        {
            Add(PrecheckRules.UnlistedCertificate, FindingSeverity.Block, null, PrecheckRules.NationalOpinion2022, "UNLISTED_CERTIFICATE", name.Length == 0 ? "?" : name);
        }
    }

    private void CheckSignboardsAndDemonstrations()
    {
        var signboardItem = admissible.FirstOrDefault(i => i.Kind == ListKind.Signboard && i.AllowedDemands.HasFlag(DemandKind.Signboard));
        foreach (var demand in request.Demands.Where(d => d.Kind == DemandKind.Signboard))
        {
            if (signboardItem is null)
            {
                Add(PrecheckRules.Signboard, FindingSeverity.Warn, null, PrecheckRules.NationalOpinion2022, "SIGNBOARD", demand.Signboard ?? demand.Note ?? "");
            }
        }
        if (!Declared.HasFlag(DemandKind.Signboard) && TextSignals.Signboard().Match(text) is { Success: true } board && signboardItem is null)
        {
            Add(PrecheckRules.Signboard, FindingSeverity.Warn, null, PrecheckRules.NationalOpinion2022, "SIGNBOARD", board.Value);
        }
        if (Declared.HasFlag(DemandKind.Demonstration) || TextSignals.Demonstration().IsMatch(text))
        {
            Add(PrecheckRules.Demonstration, FindingSeverity.Warn, null, PrecheckRules.AntiFormalism2024, "DEMONSTRATION");
        }
    }

    /// <summary>Every ordinary demand must be allowed by a claimed admissible item; otherwise joint review.</summary>
    private void CheckCoverage()
    {
        var ordinary = DemandKinds.Split(Declared & ~(Banned | Judging | DemandKind.Certificate | DemandKind.Signboard | DemandKind.Demonstration)).ToList();
        if (admissible.Count == 0)
        {
            Add(PrecheckRules.UnlistedWork, FindingSeverity.Info, null, null, "UNLISTED_WORK");
            return;
        }
        foreach (var kind in ordinary)
        {
            var cover = admissible.FirstOrDefault(i => i.AllowedDemands.HasFlag(kind));
            if (cover is null)
            {
                Add(PrecheckRules.DemandNotCovered, FindingSeverity.Warn, null, null, "DEMAND_NOT_COVERED", Demand(kind));
            }
            else
            {
                Add(PrecheckRules.CoveredByItem, FindingSeverity.Info, cover, null, "COVERED_BY_ITEM", Demand(kind), cover.Code, cover.Item.TitleZh);
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
            Add(PrecheckRules.FundingRequired, FindingSeverity.Block, admissible.FirstOrDefault(i => i.Kind == ListKind.Assist), PrecheckRules.NationalOpinion2022, "FUNDING_REQUIRED");
        }
    }

    private void CheckLeadTime(bool validEmergency)
    {
        var days = context.Calendar.WorkingDaysBetween(request.SubmittedOn, request.StartDate);
        if (days < context.Settings.LeadTimeWorkingDays && !validEmergency)
        {
            Add(PrecheckRules.LeadTime, FindingSeverity.Block, null, "申请准入应提前 30 个工作日(北京西城等地做法)", "LEAD_TIME", days, context.Settings.LeadTimeWorkingDays);
        }
    }
}
