using System.Buffers.Text;
using System.Security.Cryptography;

namespace TaskAdmission.Application.Clients;

/// <summary>A client secret: 32 random bytes, base64url (43 characters, safe in a form body and in HTTP Basic).</summary>
public static class ClientSecret
{
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
