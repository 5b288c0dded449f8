namespace TaskAdmission.Core.Security;

/// <summary>Claim types that carry a user's single scope (a department or an org unit).</summary>
public static class ScopeClaims
{
    public const string DepartmentCode = "ta:department";
    public const string OrgUnitCode = "ta:orgunit";
    public const string ApiKeyId = "ta:apikey";
    public const string DisplayName = "ta:name";

    /// <summary>The OAuth client a bearer token was issued to; only token principals carry it.</summary>
    public const string ClientId = "ta:client";
}
