using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using TaskAdmission.Application.Clients;

namespace TaskAdmission.Web.Security.OAuth;

/// <summary>
/// Gives OpenIddict the signing and encryption keys kept in the database (<see cref="OAuthKeyRing"/>) instead of
/// development certificates: every node signs and reads the same tokens, and a restart keeps issued tokens valid.
/// The validation side reads them from here too (local server).
/// </summary>
public sealed class OAuthServerKeys(OAuthKeyRing ring) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        var (signingId, signing) = ring.LoadOrCreate(OAuthKey.Signing);
        options.SigningCredentials.Add(new SigningCredentials(new RsaSecurityKey(signing) { KeyId = signingId }, SecurityAlgorithms.RsaSha256));
        var (encryptionId, encryption) = ring.LoadOrCreate(OAuthKey.Encryption);
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            new RsaSecurityKey(encryption) { KeyId = encryptionId }, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
