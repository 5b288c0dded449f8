namespace TaskAdmission.Core.Burden;

/// <summary>
/// The burden ledger's 29 count columns in <see cref="BurdenCounts"/> order: the ledger row itself and the sums a GROUP BY
/// projects into share them, so the column list is written once.
/// </summary>
public abstract class LedgerCountColumns
{
    /// <summary>The count columns in <see cref="BurdenCounts"/> order (also the database column names).</summary>
    public static readonly IReadOnlyList<string> CountColumns = ["Items01", "Items02", "Items03", "Items04", "Items05", "Items06", "Items07", "Items08", "Items09", "Items10", "Items11", "Items12", "ItemsQ1", "ItemsQ2", "ItemsQ3", "ItemsQ4", "ItemsYear", "Submissions01", "Submissions02", "Submissions03", "Submissions04", "Submissions05", "Submissions06", "Submissions07", "Submissions08", "Submissions09", "Submissions10", "Submissions11", "Submissions12"];

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

    public int this[int column]
    {
        get => column switch
        {
        0 => Items01,
        1 => Items02,
        2 => Items03,
        3 => Items04,
        4 => Items05,
        5 => Items06,
        6 => Items07,
        7 => Items08,
        8 => Items09,
        9 => Items10,
        10 => Items11,
        11 => Items12,
        12 => ItemsQ1,
        13 => ItemsQ2,
        14 => ItemsQ3,
        15 => ItemsQ4,
        16 => ItemsYear,
        17 => Submissions01,
        18 => Submissions02,
        19 => Submissions03,
        20 => Submissions04,
        21 => Submissions05,
        22 => Submissions06,
        23 => Submissions07,
        24 => Submissions08,
        25 => Submissions09,
        26 => Submissions10,
        27 => Submissions11,
        28 => Submissions12,
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
        set
        {
            switch (column)
            {
            case 0: Items01 = value; break;
            case 1: Items02 = value; break;
            case 2: Items03 = value; break;
            case 3: Items04 = value; break;
            case 4: Items05 = value; break;
            case 5: Items06 = value; break;
            case 6: Items07 = value; break;
            case 7: Items08 = value; break;
            case 8: Items09 = value; break;
            case 9: Items10 = value; break;
            case 10: Items11 = value; break;
            case 11: Items12 = value; break;
            case 12: ItemsQ1 = value; break;
            case 13: ItemsQ2 = value; break;
            case 14: ItemsQ3 = value; break;
            case 15: ItemsQ4 = value; break;
            case 16: ItemsYear = value; break;
            case 17: Submissions01 = value; break;
            case 18: Submissions02 = value; break;
            case 19: Submissions03 = value; break;
            case 20: Submissions04 = value; break;
            case 21: Submissions05 = value; break;
            case 22: Submissions06 = value; break;
            case 23: Submissions07 = value; break;
            case 24: Submissions08 = value; break;
            case 25: Submissions09 = value; break;
            case 26: Submissions10 = value; break;
            case 27: Submissions11 = value; break;
            case 28: Submissions12 = value; break;
                default: throw new ArgumentOutOfRangeException(nameof(column));
            }
        }
    }

    public BurdenCounts Counts
    {
        get
        {
            var counts = new BurdenCounts();
            for (var i = 0; i < BurdenCounts.Width; i++)
            {
                counts[i] = this[i];
            }
            return counts;
        }
        set
        {
            for (var i = 0; i < BurdenCounts.Width; i++)
            {
                this[i] = value[i];
            }
        }
    }
}
