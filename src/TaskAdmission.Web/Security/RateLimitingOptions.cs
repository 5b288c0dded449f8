using System.ComponentModel.DataAnnotations;

namespace TaskAdmission.Web.Security;

/// <summary><c>RateLimiting:*</c> — requests per minute allowed to one API key (or user, or address).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    [Range(1, 1_000_000)]
    public int PermitsPerMinute { get; set; } = 600;
}
