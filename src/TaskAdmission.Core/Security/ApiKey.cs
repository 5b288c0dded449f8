namespace TaskAdmission.Core.Security;

/// <summary>A department system's API key; only a SHA-256 hash of the secret is kept.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public required string DepartmentCode { get; set; }
    public required string Name { get; set; }

    /// <summary>The public part of the key, used to find the row without scanning hashes.</summary>
    public required string Prefix { get; set; }

    public required string SecretHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
    public string? RevokedBy { get; set; }
    public DateTime? LastUsedAtUtc { get; set; }

    public bool IsActive(DateTime nowUtc) => RevokedAtUtc is null && ExpiresAtUtc > nowUtc;
}
