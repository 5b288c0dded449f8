namespace TaskAdmission.Core.Burden;

/// <summary>
/// One village's counts of one demand kind in one calendar year, in the ledger's 29 columns: distinct items in force
/// in each month, quarter and the year (a stock: one item in force all year is 1 in every column, not 12), and
/// submissions due in each month (a flow: a monthly report is 1 per month, 12 for the year). Submissions of a quarter
/// or the year are sums of months; items are not, which is why they have their own columns.
/// </summary>
public sealed class BurdenCounts
{
    public const int Width = 29;
    public const int ItemsYearColumn = 16;

    private readonly int[] values;

    public BurdenCounts() => values = new int[Width];

    private BurdenCounts(int[] values) => this.values = values;

    public static int ItemsMonthColumn(int month) => month - 1;

    public static int ItemsQuarterColumn(int quarter) => 11 + quarter;

    public static int SubmissionsMonthColumn(int month) => 16 + month;

    public int this[int column]
    {
        get => values[column];
        set => values[column] = value;
    }

    public bool IsZero => values.All(v => v == 0);

    /// <summary>Distinct items in force in the period (which must lie in this year).</summary>
    public int Items(BurdenPeriod period) => period.Kind switch
    {
        PeriodKind.Year => values[ItemsYearColumn],
        PeriodKind.Quarter => values[ItemsQuarterColumn(period.Number)],
        _ => values[ItemsMonthColumn(period.Number)],
    };

    /// <summary>Submissions due in the period (the sum of its months).</summary>
    public int Submissions(BurdenPeriod period)
    {
        var sum = 0;
        for (var m = period.FirstMonth; m <= period.LastMonth; m++)
        {
            sum += values[SubmissionsMonthColumn(m)];
        }
        return sum;
    }

    public int Of(BurdenMeasure measure, BurdenPeriod period) => measure == BurdenMeasure.Items ? Items(period) : Submissions(period);

    public void Add(BurdenCounts other, int sign = 1)
    {
        for (var i = 0; i < Width; i++)
        {
            values[i] += sign * other.values[i];
        }
    }

    public BurdenCounts Copy() => new((int[])values.Clone());

    public IReadOnlyList<int> ToArray() => (int[])values.Clone();

    public static BurdenCounts From(IReadOnlyList<int> columns)
    {
        if (columns.Count != Width)
        {
            throw new ArgumentException($"{Width} columns expected", nameof(columns));
        }
        return new BurdenCounts([.. columns]);
    }

    public override bool Equals(object? obj) => obj is BurdenCounts other && values.AsSpan().SequenceEqual(other.values);

    public override int GetHashCode() => values.Aggregate(17, (h, v) => h * 31 + v);

    public override string ToString() => string.Join(',', values);
}
