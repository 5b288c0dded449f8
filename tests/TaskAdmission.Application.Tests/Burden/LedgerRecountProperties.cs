using CsCheck;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Lists;
using TaskAdmission.Testing;

namespace TaskAdmission.Application.Tests.Burden;

/// <summary>
/// The incremental ledger equals a full recount after random sequences of dispatch (some declaring a reused collection),
/// revocation, exit, completion and founded reports, with the clock moving forward by random days between them (across month and year ends).
/// </summary>
public abstract class LedgerRecountProperties(BurdenLedgerHost host)
{
    private static readonly DemandKind[] Kinds = [DemandKind.Report, DemandKind.Ledger, DemandKind.Meeting, DemandKind.Survey, DemandKind.FieldWork, DemandKind.Inspection];
    private static readonly Gen<int[]> Recipes = Gen.Int[0, 100_000].Array[1, 8];

    [Fact]
    public void RandomChanges_LeaveTheLedgerEqualToARecount()
    {
        var work = new LedgerWork(host);
        Recipes.Sample(recipe => RunAsync(work, recipe).GetAwaiter().GetResult(), iter: 12, threads: 1, print: r => string.Join(",", r));
    }

    private async Task RunAsync(LedgerWork work, int[] recipe)
    {
        foreach (var r in recipe)
        {
            var today = await work.TodayAsync();
            switch (r % 6)
            {
                case 0 or 1:
                    var demands = new List<DemandRequest> { new(Kinds[r / 6 % Kinds.Length], 1 + r / 36 % 3, (DemandPeriod)(r / 108 % 6)) };
                    if (r / 648 % 2 == 1)
                    {
                        demands.Add(new(Kinds[r / 1296 % Kinds.Length], 1, (DemandPeriod)(r / 7 % 6)));
                    }
                    var start = today.AddDays(r / 11 % 60 - 20);
                    // One dispatch in three declares it reuses the collection of an admitted task, which may be open in some of its villages, all or none.
                    var admitted = r / 2592 % 3 == 0 ? await work.AdmittedSubmissionsAsync() : [];
                    Guid? reuses = admitted.Count > 0 ? admitted[r / 7 % admitted.Count] : null;
                    await work.DispatchAsync(LedgerWork.Departments[r / 13 % 3], demands, start, start.AddDays(r / 17 % 500), ["公民身份号码"], reuses, LedgerWork.Townships[r / 19 % 3]);
                    break;
                case 2:
                    var submissions = await work.AdmittedSubmissionsAsync();
                    if (submissions.Count > 0)
                    {
                        await work.RevokeAsync(submissions[r / 6 % submissions.Count], LedgerWork.Townships[r / 23 % 3]);
                    }
                    break;
                case 3 or 4:
                    var open = await work.OpenAssignmentsAsync();
                    if (open.Count > 0)
                    {
                        var assignment = open[r / 6 % open.Count];
                        _ = r % 6 == 3 ? await work.ExitAsync(assignment) : await work.CompleteAsync(assignment);
                    }
                    break;
                default:
                    var kind = r / 6 % 3 == 0 ? (DemandKind?)null : Kinds[r / 18 % Kinds.Length];
                    await work.FoundedReportAsync("990100100" + (100 + r / 29 % 6 * 100), r / 31 % 2 == 0 ? "CITY-GA" : null, kind, today.AddDays(-(r % 40)));
                    break;
            }
            host.Clock.Advance(TimeSpan.FromDays(r / 41 % 45));
        }
        var (kept, recounted) = await work.CompareAsync();
        Assert.Equal(recounted, kept);
    }
}

public sealed class SqliteLedgerRecountProperties(SqliteBurdenLedgerHost host) : LedgerRecountProperties(host), IClassFixture<SqliteBurdenLedgerHost>;

public sealed class PostgresLedgerRecountProperties(PostgresBurdenLedgerHost host) : LedgerRecountProperties(host), IClassFixture<PostgresBurdenLedgerHost>;
