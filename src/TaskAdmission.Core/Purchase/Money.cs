namespace TaskAdmission.Core.Purchase;

/// <summary>
/// Amounts of money: <see cref="decimal"/> yuan with at most two places in the domain, stored as whole fen
/// (<see cref="long"/>) so that both providers compare and SUM them exactly in SQL (SQLite keeps a decimal as TEXT).
/// </summary>
public static class Money
{
    /// <summary>The largest amount one field may hold: ten billion yuan, far above any single purchase, far below long's range.</summary>
    public const decimal MaxYuan = 10_000_000_000m;

    /// <summary>Yuan to fen; only for values <see cref="Check"/> accepted (two places at most, within range).</summary>
    public static long ToFen(decimal yuan) =>
        HasAtMostTwoPlaces(yuan) && Math.Abs(yuan) <= MaxYuan
            ? (long)(yuan * 100m)
            : throw new ArgumentOutOfRangeException(nameof(yuan), yuan, "an amount has at most two decimal places and is within range");

    public static decimal FromFen(long fen) => fen / 100m;

    public static bool HasAtMostTwoPlaces(decimal yuan) => decimal.Round(yuan, 2) == yuan;

    /// <summary>
    /// The problems of one amount a person typed: missing, negative, more than two places, too large, or zero where
    /// <paramref name="positive"/> asks for more. Empty when the amount may be stored.
    /// </summary>
    public static IEnumerable<PurchaseProblem> Check(string field, decimal? yuan, bool positive)
    {
        if (yuan is not { } value)
        {
            yield return new PurchaseProblem(field, PurchaseProblemCode.Required);
        }
        else if (value < 0)
        {
            yield return new PurchaseProblem(field, PurchaseProblemCode.MoneyNegative);
        }
        else if (!HasAtMostTwoPlaces(value))
        {
            yield return new PurchaseProblem(field, PurchaseProblemCode.MoneyPrecision);
        }
        else if (value > MaxYuan)
        {
            yield return new PurchaseProblem(field, PurchaseProblemCode.MoneyTooLarge, Format(MaxYuan));
        }
        else if (positive && value == 0)
        {
            yield return new PurchaseProblem(field, PurchaseProblemCode.MoneyZero);
        }
    }

    /// <summary>An amount as the catalogues print it: thousands separated, two places (culture-neutral).</summary>
    public static string Format(decimal yuan) => yuan.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    public static string FormatFen(long fen) => Format(FromFen(fen));
}
