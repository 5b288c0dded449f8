namespace TaskAdmission.Application.Clients;

/// <summary>A department system's OAuth client as the admin page and the CLI list it (never with its secret).</summary>
public sealed record DepartmentClient(
    string ClientId, string DepartmentCode, IReadOnlyList<string> Scopes, DateTime CreatedAtUtc, DateTime SecretIssuedAtUtc, DateTime? DisabledAtUtc)
{
    public bool IsActive => DisabledAtUtc is null;
}
