using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Clients;

/// <summary>
/// Loads the authorisation server's signing and encryption keys from the database, creating each the first time.
/// The private keys are protected with Data Protection, whose key ring is itself in the database (shared by the nodes).
/// </summary>
public sealed class OAuthKeyRing(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time, ILogger<OAuthKeyRing> log)
{
    public const string ProtectorPurpose = "TaskAdmission.OAuthKeys.v1";
    private const int KeyBits = 2048;

    /// <summary>
    /// The key of one purpose as an RSA key with its id. Synchronous: OpenIddict's options are built synchronously, once
    /// per process, on the first request that needs them.
    /// </summary>
    public (string KeyId, RSA Key) LoadOrCreate(string purpose)
    {
        var protector = protection.CreateProtector(ProtectorPurpose, purpose);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = db.OAuthKeys.AsNoTracking().SingleOrDefault(k => k.Purpose == purpose);
        if (row is null)
        {
            using var fresh = RSA.Create(KeyBits);
            row = new OAuthKey
            {
                Id = Guid.NewGuid(),
                Purpose = purpose,
                ProtectedKey = Convert.ToBase64String(protector.Protect(fresh.ExportRSAPrivateKey())),
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            db.OAuthKeys.Add(row);
            try
            {
                db.SaveChanges();
                log.LogInformation("Created the OAuth {Purpose} key {KeyId}.", purpose, row.Id);
            }
            catch (DbUpdateException)
            {
                // Another node created it a moment ago: use that one, so both nodes sign and read alike.
                db.ChangeTracker.Clear();
                row = db.OAuthKeys.AsNoTracking().Single(k => k.Purpose == purpose);
            }
        }
        var rsa = RSA.Create();
        try
        {
            rsa.ImportRSAPrivateKey(protector.Unprotect(Convert.FromBase64String(row.ProtectedKey)), out _);
        }
        catch (CryptographicException ex)
        {
            rsa.Dispose();
            throw new InvalidOperationException(
                $"The OAuth {purpose} key {row.Id} cannot be read: the Data Protection key ring that protected it is gone. " +
                "Restore the DataProtectionKeys table, or delete the oauth_keys rows to make new keys (every issued token becomes invalid).", ex);
        }
        return (row.Id.ToString("N"), rsa);
    }
}
