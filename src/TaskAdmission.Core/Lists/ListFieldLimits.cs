namespace TaskAdmission.Core.Lists;

/// <summary>Length bounds shared by import validation and the data layer's column sizes.</summary>
public static class ListFieldLimits
{
    public const int Code = 32;
    public const int Title = 500;
    public const int Category = 100;
    public const int DepartmentCode = 64;
    public const int LegalBasis = 2000;
    public const int Notes = 2000;
    public const int Recognisers = 4000;
    public const int SetName = 200;
    public const int VersionLabel = 50;
    public const int AuthorityOrgUnitCode = 12;
    public const int UserId = 128;

    /// <summary>Data rows accepted in one import file.</summary>
    public const int MaxRows = 50_000;
}
