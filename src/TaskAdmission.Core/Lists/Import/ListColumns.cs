namespace TaskAdmission.Core.Lists.Import;

/// <summary>Column names of the list exchange format (reference-data/demo-lists.csv plus optional columns).</summary>
public static class ListColumns
{
    public const string Kind = "list_kind";
    public const string Code = "code";
    public const string TitleZh = "title_zh";
    public const string TitleEn = "title_en";
    public const string Category = "category";
    public const string Department = "department";
    public const string LegalBasis = "legal_basis";
    public const string AllowedDemands = "allowed_demands";
    public const string ParentCode = "parent_code";
    public const string Notes = "notes";
    public const string Recognisers = "recognisers";

    /// <summary>Columns every file must have, in the published order.</summary>
    public static IReadOnlyList<string> Required { get; } =
        [Kind, Code, TitleZh, TitleEn, Category, Department, LegalBasis, AllowedDemands];

    /// <summary>Columns a refinement or a lexicon may add; files without them import unchanged.</summary>
    public static IReadOnlyList<string> Optional { get; } = [ParentCode, Notes, Recognisers];
}
