namespace TaskAdmission.Core.Common;

/// <summary>Stable codes of import problems; the web host renders them in zh-CN or en.</summary>
public static class ImportCodes
{
    public const string UnreadableFile = nameof(UnreadableFile);
    public const string MissingColumn = nameof(MissingColumn);
    public const string Required = nameof(Required);
    public const string TooLong = nameof(TooLong);
    public const string ControlCharacters = nameof(ControlCharacters);
    public const string DuplicateCode = nameof(DuplicateCode);
    public const string BadOrgCode = nameof(BadOrgCode);
    public const string UnknownOrgKind = nameof(UnknownOrgKind);
    public const string ParentRequired = nameof(ParentRequired);
    public const string MissingParent = nameof(MissingParent);
    public const string Cycle = nameof(Cycle);
    public const string WrongKindUnderParent = nameof(WrongKindUnderParent);
    public const string BadDepartmentCode = nameof(BadDepartmentCode);
    public const string DepartmentLevel = nameof(DepartmentLevel);
}
