using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Precheck;

internal sealed partial class PrecheckRun
{
    private void CheckListsInForce()
    {
        foreach (var missing in context.Villages.Where(v => !v.Lists.IsInForce).GroupBy(v => v.Lists.Chain))
        {
            var consulted = missing.Key.DistrictCode is { } district ? $"{missing.Key.CityCode}; {district}" : missing.Key.CityCode;
            findings.Add(Finding(PrecheckRules.NoListInForce, FindingSeverity.Block, null, "NO_LIST_IN_FORCE",
                [missing.First().VillageCode, request.StartDate.ToString("yyyy-MM-dd")], consulted));
        }
    }

    private void CheckClaimedItems()
    {
        // The first village of each chain in force, in order (as a GroupBy would give them, without grouping 750 villages:
        // villages of one district share one ListsInForce, so most are skipped by reference).
        var chains = new List<TargetVillage>();
        ListsInForce? previous = null;
        foreach (var village in context.Villages)
        {
            if (!village.Lists.IsInForce || ReferenceEquals(village.Lists, previous))
            {
                continue;
            }
            previous = village.Lists;
            if (!chains.Exists(c => EqualityComparer<AuthorityChain>.Default.Equals(c.Lists.Chain, village.Lists.Chain)))
            {
                chains.Add(village);
            }
        }
        foreach (var code in request.ClaimedItemCodes.Distinct(ListCodes.Comparer))
        {
            EffectiveItem? found = null;
            foreach (var village in chains)
            {
                // A lexicon entry is list data, not work a task can claim.
                if (village.Lists.TryGet(code, out var item) && item.Kind.IsClaimable())
                {
                    found ??= item;
                }
                else
                {
                    findings.Add(Finding(PrecheckRules.ItemNotInForce, FindingSeverity.Block, null, "ITEM_NOT_IN_FORCE",
                        [code, village.VillageCode], Version(village.Lists.List)));
                }
            }
            if (found is null)
            {
                continue;
            }
            if (found.Kind.IsProhibitive())
            {
                Add(PrecheckRules.ProhibitedItem, FindingSeverity.Block, found, "PROHIBITED_ITEM.claimed", found.Code, found.Item.TitleZh);
                continue;
            }
            admissible.Add(found);
            if (found.Item.DepartmentCode is { Length: > 0 } owner && !SameLine(owner, request.DepartmentCode))
            {
                Add(PrecheckRules.DepartmentMismatch, FindingSeverity.Warn, found, "DEPARTMENT_MISMATCH", found.Code, owner);
            }
        }
    }

    /// <summary>CITY-MZ and 9901-MZ are the same line of work (civil affairs) at two levels.</summary>
    private static bool SameLine(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || (a.Contains('-') && b.Contains('-') && string.Equals(a[(a.LastIndexOf('-') + 1)..], b[(b.LastIndexOf('-') + 1)..], StringComparison.OrdinalIgnoreCase));

    /// <summary>Prohibited work and prohibited certificates the text puts on the village, whatever item was claimed.</summary>
    private void CheckProhibitedText()
    {
        foreach (var fired in analysis.FiredBy(RecogniserTarget.ProhibitedWork))
        {
            var item = fired.Key.Effective;
            if (findings.Any(f => f.Rule == PrecheckRules.ProhibitedItem && ListCodes.AreEqual(f.ItemCode, item?.Code)))
            {
                continue;
            }
            var hits = fired.ToList();
            AddTextEvidence(PrecheckRules.ProhibitedItem, hits, "PROHIBITED_ITEM.text",
                hits[0].MatchedText, fired.Key.Item.TitleZh, fired.Key.Item.LegalBasis ?? context.Settings.RuleBases.GetValueOrDefault(PrecheckRules.ProhibitedItem));
        }
        var allowedHits = analysis.FiredBy(RecogniserTarget.AllowedCertificate).SelectMany(g => g).ToList();
        var prohibitedHits = analysis.FiredBy(RecogniserTarget.ProhibitedCertificate).SelectMany(g => g).ToList();
        foreach (var fired in analysis.FiredBy(RecogniserTarget.ProhibitedCertificate))
        {
            var hits = fired.Where(h => !CertificateCover.Covered(h, allowedHits, prohibitedHits)).ToList();
            if (hits.Count == 0 || findings.Any(f => f.Rule == PrecheckRules.ProhibitedCertificate && ListCodes.AreEqual(f.ItemCode, fired.Key.Code))
                || NarrowedByAllowedCertificate(fired.Key.Item))
            {
                continue;
            }
            AddTextEvidence(PrecheckRules.ProhibitedCertificate, hits, "PROHIBITED_CERTIFICATE.text", hits[0].MatchedText, fired.Key.Item.TitleZh);
        }
    }

    /// <summary>An allowed certificate claimed or demanded whose title contains this prohibited one (婚姻登记档案遗失情形下的婚姻状况证明).</summary>
    private bool NarrowedByAllowedCertificate(ListItem prohibited) =>
        findings.Where(f => f.Rule == PrecheckRules.CertificateAllowed).Select(f => f.ItemCode)
            .Concat(admissible.Where(i => i.Kind == ListKind.CertificateAllowed).Select(i => i.Code))
            .Select(code => reference!.TryGet(code ?? "", out var item) ? item : null)
            .Any(a => a is not null && a.Item.TitleZh.Contains(prohibited.TitleZh, StringComparison.Ordinal));
}
