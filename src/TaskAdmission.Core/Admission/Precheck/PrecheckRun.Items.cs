using TaskAdmission.Core.Admission.Matching;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Precheck;

internal sealed partial class PrecheckRun
{
    private const double CitationThreshold = 0.5;

    private void CheckListsInForce()
    {
        foreach (var missing in context.Villages.Where(v => !v.Lists.IsInForce).GroupBy(v => v.Lists.Chain))
        {
            Add(PrecheckRules.NoListInForce, FindingSeverity.Block, null, null, "NO_LIST_IN_FORCE",
                missing.First().VillageCode, request.StartDate.ToString("yyyy-MM-dd"));
        }
    }

    private void CheckClaimedItems()
    {
        var chains = context.Villages.Where(v => v.Lists.IsInForce).GroupBy(v => v.Lists.Chain).Select(g => g.First()).ToList();
        foreach (var code in request.ClaimedItemCodes.Distinct(ListCodes.Comparer))
        {
            EffectiveItem? found = null;
            foreach (var village in chains)
            {
                if (village.Lists.TryGet(code, out var item))
                {
                    found ??= item;
                }
                else
                {
                    Add(PrecheckRules.ItemNotInForce, FindingSeverity.Block, null, null, "ITEM_NOT_IN_FORCE", code, village.VillageCode);
                }
            }
            if (found is null)
            {
                continue;
            }
            if (found.Kind.IsProhibitive())
            {
                Add(PrecheckRules.ProhibitedItem, FindingSeverity.Block, found, null, "PROHIBITED_ITEM.claimed", found.Code, found.Item.TitleZh);
                continue;
            }
            admissible.Add(found);
            if (found.Item.DepartmentCode is { Length: > 0 } owner && !SameLine(owner, request.DepartmentCode))
            {
                Add(PrecheckRules.DepartmentMismatch, FindingSeverity.Warn, found, null, "DEPARTMENT_MISMATCH", found.Code, owner);
            }
        }
    }

    /// <summary>CITY-MZ and 9901-MZ are the same line of work (civil affairs) at two levels.</summary>
    private static bool SameLine(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || (a.Contains('-') && b.Contains('-') && string.Equals(a[(a.LastIndexOf('-') + 1)..], b[(b.LastIndexOf('-') + 1)..], StringComparison.OrdinalIgnoreCase));

    private void CheckProhibitedText()
    {
        foreach (var (_, canonical, pattern) in TextSignals.ProhibitedWork)
        {
            var match = pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }
            var cited = reference is null ? null
                : ListMatchers.For(reference).Prohibited.Rank(canonical, 1).FirstOrDefault(s => s.Score >= CitationThreshold).Key;
            if (cited is not null && findings.Any(f => f.Rule == PrecheckRules.ProhibitedItem && f.ItemCode == cited.Code))
            {
                continue;
            }
            Add(PrecheckRules.ProhibitedItem, FindingSeverity.Block, cited, PrecheckRules.NationalOpinion2022, "PROHIBITED_ITEM.text",
                match.Value, cited?.Item.TitleZh ?? canonical, cited?.Item.LegalBasis ?? PrecheckRules.NationalOpinion2022);
        }
    }
}
