using QRCoder;

namespace TaskAdmission.Web.Security;

/// <summary>
/// The <c>otpauth://</c> URI authenticator apps scan (Key URI Format: issuer, account, base32 secret, 6 digits, 30 s),
/// drawn as a PNG data URI — an image from the page itself, which the Content-Security-Policy allows (<c>img-src data:</c>).
/// </summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "TaskAdmission";

    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    public static string DataUri(string userName, string key)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri(userName, key), QRCodeGenerator.ECCLevel.Q);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
