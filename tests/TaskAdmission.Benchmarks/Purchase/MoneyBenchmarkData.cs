using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Benchmarks.Villages;
using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Benchmarks.Purchase;

/// <summary>
/// One department's purchase cases for the money view benchmark, written with <see cref="BulkInsert"/> (the domain
/// path would run the workflow for every step, minutes of setup for nothing the view reads). Of the cases, 90 % are
/// signed with six milestones: five accepted and paid (most in two halves, one in five as payment, reversal and
/// payment again), the sixth planned, reported or accepted but unpaid; the rest are still unsigned, with
/// periods starting in the first 200 days of the year (past their start later in the year: the "unsigned" alert). The number of reversal triples makes the entries come to exactly <c>payments</c>.
/// </summary>
public static class MoneyBenchmarkData
{
    public const string Department = "CITY-MZ";

    public static async Task<(int Cases, int Payments)> CreateAsync(IServiceProvider services, int year, int cases, int payments, int villages)
    {
        await SyntheticArea.CreateAsync(services, villages);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var providers = await db.PurchaseProviders.Where(p => !p.Blacklisted).Select(p => p.Id).ToListAsync();
        var random = new Random(14);
        var (all, milestones, paid, links) = (new List<PurchaseCase>(), new List<Milestone>(), new List<Payment>(), new List<PurchaseCaseVillage>());
        var start = new DateOnly(year, 1, 1);
        var signedCount = cases * 9 / 10;
        // Two-payment milestones and three-entry ones (payment, reversal, payment) so that the count comes out exact.
        var threeEntry = Math.Max(0, payments - 2 * 5 * signedCount);
        for (var i = 0; i < cases; i++)
        {
            var periodStart = start.AddDays(random.Next(0, 200));
            var c = new PurchaseCase
            {
                Id = Guid.NewGuid(), Number = $"BENCH-{i:D6}", DepartmentCode = Department, Origin = CaseOrigin.Department,
                Title = $"基准购买服务 {i}", ServiceDescription = "基准数据", Deliverables = "基准数据", BudgetFen = 6_000_000,
                FundingSource = (FundingSource)(i % 3), PeriodStart = periodStart, PeriodEnd = periodStart.AddDays(160),
                CreatedBy = "bench", CreatedAtUtc = DateTime.UtcNow, ProviderId = providers[i % providers.Count],
                SelectionMode = SelectionMode.Choice, SelectionReason = "基准",
            };
            for (var v = 0; v < 2; v++)
            {
                links.Add(new PurchaseCaseVillage { CaseId = c.Id, VillageCode = SyntheticArea.Village(1 + (i * 2 + v) % villages), TownshipCode = SyntheticArea.Township, DistrictCode = SyntheticArea.District });
            }
            all.Add(c);
            if (i >= signedCount)
            {
                c.MoveTo(PurchaseStatus.SelectingProvider);
                continue;
            }
            Sign(c, periodStart, i);
            for (var s = 1; s <= 6; s++)
            {
                var m = new Milestone { Id = Guid.NewGuid(), CaseId = c.Id, Sequence = s, Title = $"第{s}期", AmountFen = 800_000, DueDate = periodStart.AddDays(25 * s) };
                milestones.Add(m);
                var state = s <= 5 ? 2 : i % 3; // 0 planned, 1 reported, 2 accepted
                if (state >= 1)
                {
                    m.MoveTo(MilestoneStatus.Reported);
                }
                if (state < 2)
                {
                    continue;
                }
                m.MoveTo(MilestoneStatus.Accepted);
                m.AcceptedAtUtc = periodStart.AddDays(25 * s).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                c.AcceptedFen += m.AmountFen;
                if (s == 6)
                {
                    continue; // accepted, unpaid: the "unpaid" alert
                }
                var paidOn = periodStart.AddDays(25 * s + random.Next(1, 20));
                var three = threeEntry > 0 && s >= 4;
                threeEntry -= three ? 1 : 0;
                foreach (var (fen, reversal) in three ? new[] { (800_000L, false), (-800_000L, true), (800_000L, false) } : [(400_000L, false), (400_000L, false)])
                {
                    paid.Add(new Payment { Id = Guid.NewGuid(), CaseId = c.Id, MilestoneId = m.Id, AmountFen = fen, PaidOn = paidOn, VoucherNumber = $"PZ-{paid.Count}",
                        ReversalOfId = reversal ? paid[^1].Id : null, RecordedBy = "bench", RecordedAtUtc = DateTime.UtcNow });
                }
                m.PaidFen = m.AmountFen;
                c.PaidFen += m.AmountFen;
            }
        }
        if (paid.Count != payments)
        {
            throw new InvalidOperationException($"{paid.Count} payments generated, {payments} asked: choose payments between {10 * signedCount} and {15 * signedCount}");
        }
        await using var tx = await db.Database.BeginTransactionAsync();
        await BulkInsert.WriteAsync(db, all);
        await BulkInsert.WriteAsync(db, links);
        await BulkInsert.WriteAsync(db, milestones);
        await BulkInsert.WriteAsync(db, paid);
        await tx.CommitAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return (all.Count, paid.Count);
    }

    private static void Sign(PurchaseCase c, DateOnly periodStart, int i)
    {
        foreach (var to in new[] { PurchaseStatus.SelectingProvider, PurchaseStatus.Drafting, PurchaseStatus.AwaitingProvider, PurchaseStatus.AwaitingSignature, PurchaseStatus.InDelivery })
        {
            c.MoveTo(to);
        }
        c.AgreementNumber = $"BENCH-AG-{i:D6}";
        c.PriceFen = c.ContractFen = 4_800_000;
        c.SignedOn = periodStart;
        c.SignedAtUtc = periodStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        c.SignedBy = "bench";
    }
}
