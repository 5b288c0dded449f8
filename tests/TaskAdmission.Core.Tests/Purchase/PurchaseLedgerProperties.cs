using CsCheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Core.Tests.Purchase;

/// <summary>
/// Random agreements and random sequences of reports, acceptances, payments (of any size, to any milestone) and
/// reversals: whatever is tried, nothing is paid above a milestone or the contract or before acceptance, a refused
/// command changes nothing, and the running totals always equal a recount of the entries.
/// </summary>
public sealed class PurchaseLedgerProperties
{
    private static readonly DateTime At = new(2026, 5, 1, 2, 0, 0, DateTimeKind.Utc);

    private static readonly Gen<long[]> Schedules = Gen.Long[1, 5_000_000].Array[1, 6];

    // One operation: kind (0 report, 1 accept, 2 rework, 3 pay, 4 reverse), a target index, and an amount in fen.
    private static readonly Gen<(int Kind, int Target, long Amount)[]> Operations =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 40], Gen.Long[-100, 6_000_000]).Array[1, 80];

    [Fact]
    public void RandomSequences_NeverOverpay_AndAlwaysReconcile()
    {
        Gen.Select(Schedules, Operations, Gen.Long[0, 2_000_000]).Sample((schedule, operations, headroom) =>
        {
            var c = SignedCase(schedule, headroom);
            foreach (var (kind, target, amount) in operations)
            {
                var before = Snapshot(c);
                try
                {
                    Apply(c, kind, target, amount);
                }
                catch (RefusalException)
                {
                    Assert.Equal(before, Snapshot(c));
                }
                AssertInvariants(c);
            }
        }, iter: 3_000);
    }

    [Fact]
    public void Sign_IsRefused_OverBudget()
    {
        var c = new PurchaseCase { Id = Guid.NewGuid(), BudgetFen = 100, PriceFen = 101 };
        var refusal = Assert.Throws<RefusalException>(() => PurchaseLedger.Sign(c, "head", At, new DateOnly(2026, 5, 1)));
        Assert.Equal(PurchaseProblemCode.OverBudget, Assert.IsType<PurchaseProblem>(refusal.Problems[0]).Kind);
        Assert.Equal(0, c.ContractFen);
        Assert.Null(c.SignedAtUtc);
    }

    private static PurchaseCase SignedCase(long[] schedule, long headroom)
    {
        var c = new PurchaseCase { Id = Guid.NewGuid(), PriceFen = schedule.Sum(), BudgetFen = schedule.Sum() + headroom };
        for (var i = 0; i < schedule.Length; i++)
        {
            c.Milestones.Add(new Milestone { Id = Guid.NewGuid(), CaseId = c.Id, Sequence = i + 1, AmountFen = schedule[i] });
        }
        PurchaseLedger.Sign(c, "head", At, new DateOnly(2026, 5, 1));
        return c;
    }

    private static void Apply(PurchaseCase c, int kind, int target, long amount)
    {
        var milestone = c.Milestones[target % c.Milestones.Count];
        switch (kind)
        {
            case 0:
                if (c.CurrentMilestone is { Status: MilestoneStatus.Planned or MilestoneStatus.Rework } current)
                {
                    current.MoveTo(MilestoneStatus.Reported);
                }
                break;
            case 1 or 2:
                PurchaseLedger.Accept(c, milestone, passed: kind == 1, "dept", At);
                break;
            case 3:
                PurchaseLedger.Pay(c, milestone, amount, new DateOnly(2026, 6, 1), "PZ-1", null, "dept", At);
                break;
            default:
                if (c.Payments.Count > 0)
                {
                    var entry = c.Payments[target % c.Payments.Count];
                    PurchaseLedger.Reverse(c, c.Milestones.Single(m => m.Id == entry.MilestoneId), entry, new DateOnly(2026, 6, 2), "HZ-1", "录错金额", "dept", At);
                }
                break;
        }
    }

    private static string Snapshot(PurchaseCase c) =>
        $"{c.AcceptedFen}/{c.PaidFen}/{c.Payments.Count}/" + string.Join(",", c.Milestones.Select(m => $"{m.Status}:{m.PaidFen}"));

    private static void AssertInvariants(PurchaseCase c)
    {
        var (accepted, paid, byMilestone) = PurchaseLedger.Recount(c);
        Assert.Equal(accepted, c.AcceptedFen);
        Assert.Equal(paid, c.PaidFen);
        Assert.InRange(c.PaidFen, 0, c.ContractFen);
        Assert.True(c.ContractFen <= c.BudgetFen);
        foreach (var m in c.Milestones)
        {
            Assert.Equal(byMilestone[m.Id], m.PaidFen);
            Assert.InRange(m.PaidFen, 0, m.Status == MilestoneStatus.Accepted ? m.AmountFen : 0);
        }
        Assert.All(c.Payments.Where(p => p.IsReversal).GroupBy(p => p.ReversalOfId), g => Assert.Single(g));
    }
}
