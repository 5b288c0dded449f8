using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// A unit's baseline for a kind: its own figure when recorded, otherwise the sum of its children's (so a district may
/// be described village by village, or as a whole, or a township at a time). Null when nothing under the unit has one.
/// </summary>
public sealed class BaselineResolver(IReadOnlyList<BurdenBaseline> baselines, OrgDirectory org)
{
    private readonly Dictionary<(string, DemandKind), BurdenBaseline> own = baselines.ToDictionary(b => (b.OrgUnitCode, b.Kind));
    private readonly HashSet<string> described = baselines.SelectMany(b => org.Trail(b.OrgUnitCode).Select(u => u.Code)).ToHashSet();
    private readonly Dictionary<(string, DemandKind), (decimal, decimal)?> memo = [];

    public bool Any => baselines.Count > 0;

    public (decimal Items, decimal Submissions)? For(string code, DemandKind kind)
    {
        if (!described.Contains(code))
        {
            return null;
        }
        if (memo.TryGetValue((code, kind), out var known))
        {
            return known;
        }
        (decimal, decimal)? result = own.TryGetValue((code, kind), out var b) ? (b.Items, b.Submissions) : null;
        if (result is null)
        {
            foreach (var child in org.Children(code))
            {
                if (For(child.Code, kind) is { } c)
                {
                    result = ((result?.Item1 ?? 0) + c.Items, (result?.Item2 ?? 0) + c.Submissions);
                }
            }
        }
        return memo[(code, kind)] = result;
    }

    /// <summary>The baseline of one kind, or of all kinds together (null kind).</summary>
    public (decimal Items, decimal Submissions)? For(string code, DemandKind? kind)
    {
        if (kind is { } k)
        {
            return For(code, k);
        }
        (decimal Items, decimal Submissions)? total = null;
        foreach (var each in BaselineRules.Kinds)
        {
            if (For(code, each) is { } f)
            {
                total = ((total?.Items ?? 0) + f.Items, (total?.Submissions ?? 0) + f.Submissions);
            }
        }
        return total;
    }

    /// <summary>An annual baseline for a period: items (a stock) as they are, submissions (a flow) × the period's days ÷ the year's.</summary>
    public static (decimal Items, decimal Submissions) ForPeriod((decimal Items, decimal Submissions) annual, BurdenPeriod period) =>
        (annual.Items, Math.Round(annual.Submissions * period.Days / BurdenPeriod.OfYear(period.Year).Days, 1, MidpointRounding.AwayFromZero));
}
