namespace TaskAdmission.Application.Clients;

/// <summary>
/// One of the authorisation server's two RSA keys (signing or encryption of access tokens), generated once and kept
/// protected by Data Protection, so every node of one database signs and reads the same tokens across restarts.
/// </summary>
public sealed class OAuthKey
{
    public const string Signing = "signing";
    public const string Encryption = "encryption";

    public Guid Id { get; set; }

    /// <summary><see cref="Signing"/> or <see cref="Encryption"/>; one row each (unique).</summary>
    public required string Purpose { get; set; }

    /// <summary>The PKCS#1 private key, protected with the purpose <see cref="OAuthKeyRing.ProtectorPurpose"/>, base64.</summary>
    public required string ProtectedKey { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
