namespace TaskAdmission.Core.Burden;

/// <summary>Stable codes of baseline and target problems; the web host renders them in zh-CN or en.</summary>
public static class BurdenProblemCodes
{
    public const string Required = nameof(Required);
    public const string UnknownUnit = nameof(UnknownUnit);
    public const string UnknownKind = nameof(UnknownKind);
    public const string YearRange = nameof(YearRange);
    public const string CountRange = nameof(CountRange);
    public const string NotANumber = nameof(NotANumber);
    public const string TooLong = nameof(TooLong);
    public const string DuplicateRow = nameof(DuplicateRow);
    public const string MissingColumn = nameof(MissingColumn);
    public const string UnreadableFile = nameof(UnreadableFile);
    public const string EmptyFile = nameof(EmptyFile);
    public const string TooManyRows = nameof(TooManyRows);
    public const string PercentRange = nameof(PercentRange);
    public const string CapRange = nameof(CapRange);
    public const string StartOfMonth = nameof(StartOfMonth);
    public const string EndOfMonth = nameof(EndOfMonth);
    public const string DueBeforeStart = nameof(DueBeforeStart);
    public const string BadPeriod = nameof(BadPeriod);
}
