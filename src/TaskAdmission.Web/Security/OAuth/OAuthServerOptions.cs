using System.ComponentModel.DataAnnotations;

namespace TaskAdmission.Web.Security.OAuth;

/// <summary><c>OAuth:*</c> — the authorisation server that issues department systems their access tokens.</summary>
public sealed class OAuthServerOptions
{
    public const string Section = "OAuth";

    /// <summary>
    /// The issuer every node names in its tokens and discovery document (e.g. <c>https://admission.example.gov.cn/</c>).
    /// Empty: the address the request came to, which is enough for one node or nodes behind one host name.
    /// </summary>
    [Url]
    public string? Issuer { get; set; }

    /// <summary>
    /// Whether OpenIddict refuses plain-HTTP requests. Off by default because TLS ends at the reverse proxy in front of
    /// the app (see docs/operations.md); turn it on when Kestrel itself serves HTTPS.
    /// </summary>
    public bool RequireHttps { get; set; }

    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 60;
}
