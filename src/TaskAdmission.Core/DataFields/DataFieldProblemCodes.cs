namespace TaskAdmission.Core.DataFields;

/// <summary>Stable codes of field dictionary problems; the web host renders them in zh-CN or en.</summary>
public static class DataFieldProblemCodes
{
    public const string Required = nameof(Required);
    public const string TooLong = nameof(TooLong);
    public const string TooManySynonyms = nameof(TooManySynonyms);
    public const string BadCharacters = nameof(BadCharacters);
    public const string NameTaken = nameof(NameTaken);
    public const string DuplicateRow = nameof(DuplicateRow);
    public const string MissingColumn = nameof(MissingColumn);
    public const string UnreadableFile = nameof(UnreadableFile);
    public const string EmptyFile = nameof(EmptyFile);
    public const string TooManyRows = nameof(TooManyRows);
}
