using TaskAdmission.Core.Burden;

namespace TaskAdmission.Application.Burden;

/// <summary>The ledger's count columns summed for one key (the shape <see cref="LedgerQuery"/> projects a GROUP BY into).</summary>
public sealed class LedgerSum<TKey>
{
    public TKey Key { get; set; } = default!;

    public int Items01 { get; set; }
    public int Items02 { get; set; }
    public int Items03 { get; set; }
    public int Items04 { get; set; }
    public int Items05 { get; set; }
    public int Items06 { get; set; }
    public int Items07 { get; set; }
    public int Items08 { get; set; }
    public int Items09 { get; set; }
    public int Items10 { get; set; }
    public int Items11 { get; set; }
    public int Items12 { get; set; }
    public int ItemsQ1 { get; set; }
    public int ItemsQ2 { get; set; }
    public int ItemsQ3 { get; set; }
    public int ItemsQ4 { get; set; }
    public int ItemsYear { get; set; }
    public int Submissions01 { get; set; }
    public int Submissions02 { get; set; }
    public int Submissions03 { get; set; }
    public int Submissions04 { get; set; }
    public int Submissions05 { get; set; }
    public int Submissions06 { get; set; }
    public int Submissions07 { get; set; }
    public int Submissions08 { get; set; }
    public int Submissions09 { get; set; }
    public int Submissions10 { get; set; }
    public int Submissions11 { get; set; }
    public int Submissions12 { get; set; }

    public BurdenCounts Counts => BurdenCounts.From([Items01, Items02, Items03, Items04, Items05, Items06, Items07, Items08, Items09, Items10, Items11, Items12, ItemsQ1, ItemsQ2, ItemsQ3, ItemsQ4, ItemsYear, Submissions01, Submissions02, Submissions03, Submissions04, Submissions05, Submissions06, Submissions07, Submissions08, Submissions09, Submissions10, Submissions11, Submissions12]);
}
