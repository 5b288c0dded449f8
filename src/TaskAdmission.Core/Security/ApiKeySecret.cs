using System.Security.Cryptography;
using System.Text;

namespace TaskAdmission.Core.Security;

/// <summary>
/// Generates and checks API keys of the form <c>ta_{prefix}_{secret}</c>. The secret has 256 random bits, so a
/// fast SHA-256 hash is enough (a slow password hash protects low-entropy secrets, which these are not).
/// </summary>
public static class ApiKeySecret
{
    private const string Scheme = "ta";

    public static (string Key, string Prefix, string Hash) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{Scheme}_{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    /// <summary>Splits a presented key; null when it is not of our shape (bounded, so junk is cheap to refuse).</summary>
    public static string? PrefixOf(string? presented)
    {
        if (presented is null || presented.Length is < 20 or > 128)
        {
            return null;
        }
        var parts = presented.Split('_', 3);
        return parts.Length == 3 && parts[0] == Scheme && parts[1].Length == 12 ? parts[1] : null;
    }

    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string presented, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
