using System.Globalization;

namespace TaskAdmission.Core.Burden;

/// <summary>
/// One calendar year, quarter or month, written "2026", "2026-Q2" or "2026-05". Its length in days is the calendar's
/// (a leap year has 366 days, its first quarter 91 and its February 29).
/// </summary>
public readonly record struct BurdenPeriod
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private BurdenPeriod(int year, PeriodKind kind, int number)
    {
        Year = year;
        Kind = kind;
        Number = number;
    }

    public int Year { get; }
    public PeriodKind Kind { get; }

    /// <summary>The quarter (1–4) or month (1–12); 0 for a year.</summary>
    public int Number { get; }

    public static BurdenPeriod OfYear(int year) => new(CheckYear(year), PeriodKind.Year, 0);

    public static BurdenPeriod OfQuarter(int year, int quarter) =>
        quarter is >= 1 and <= 4 ? new(CheckYear(year), PeriodKind.Quarter, quarter) : throw new ArgumentOutOfRangeException(nameof(quarter));

    public static BurdenPeriod OfMonth(int year, int month) =>
        month is >= 1 and <= 12 ? new(CheckYear(year), PeriodKind.Month, month) : throw new ArgumentOutOfRangeException(nameof(month));

    /// <summary>The period of this kind that contains <paramref name="day"/>.</summary>
    public static BurdenPeriod Containing(DateOnly day, PeriodKind kind) => kind switch
    {
        PeriodKind.Year => OfYear(day.Year),
        PeriodKind.Quarter => OfQuarter(day.Year, (day.Month + 2) / 3),
        _ => OfMonth(day.Year, day.Month),
    };

    public DateOnly Start => new(Year, FirstMonth, 1);

    public DateOnly End => Start.AddMonths(LastMonth - FirstMonth + 1).AddDays(-1);

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public int FirstMonth => Kind switch
    {
        PeriodKind.Year => 1,
        PeriodKind.Quarter => Number * 3 - 2,
        _ => Number,
    };

    public int LastMonth => Kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.Quarter => Number * 3,
        _ => Number,
    };

    /// <summary>The quarter a month-or-quarter lies in (for a year: none).</summary>
    public int Quarter => (FirstMonth + 2) / 3;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>The same kind of period just before this one (December before January, Q4 before Q1).</summary>
    public BurdenPeriod Previous() => Containing(Start.AddDays(-1), Kind);

    public BurdenPeriod Next() => Containing(End.AddDays(1), Kind);

    /// <summary>The months of this period, in order.</summary>
    public IEnumerable<BurdenPeriod> Months()
    {
        for (var m = FirstMonth; m <= LastMonth; m++)
        {
            yield return OfMonth(Year, m);
        }
    }

    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Quarter => $"{Year}-Q{Number}",
        _ => $"{Year}-{Number:D2}",
    };

    /// <summary>Reads "2026", "2026-Q2" (or "2026-q2") and "2026-05"; false for anything else.</summary>
    public static bool TryParse(string? text, out BurdenPeriod period)
    {
        period = default;
        var s = (text ?? "").Trim();
        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < MinYear or > MaxYear)
        {
            return false;
        }
        if (s.Length == 4)
        {
            period = OfYear(year);
            return true;
        }
        if (s.Length == 7 && s[4] == '-' && s[5] is 'Q' or 'q' && s[6] is >= '1' and <= '4')
        {
            period = OfQuarter(year, s[6] - '0');
            return true;
        }
        if (s.Length == 7 && s[4] == '-' && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = OfMonth(year, month);
            return true;
        }
        return false;
    }

    private static int CheckYear(int year) =>
        year is >= MinYear and <= MaxYear ? year : throw new ArgumentOutOfRangeException(nameof(year), year, $"years {MinYear}–{MaxYear}");
}
