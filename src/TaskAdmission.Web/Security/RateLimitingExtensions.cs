using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Security;

/// <summary>Per-key (or per-user, else per-address) fixed-window limits on the API.</summary>
public static class RateLimitingExtensions
{
    public const string ApiPolicy = "api";

    public static void AddTaskAdmissionRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>().Bind(configuration.GetSection(RateLimitingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ApiPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.PermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    PartitionKey(context.User, context.Connection.RemoteIpAddress?.ToString()),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
    }

    private static string PartitionKey(ClaimsPrincipal user, string? address) =>
        user.FindFirstValue(ScopeClaims.ApiKeyId) is { } key ? $"key:{key}"
        : user.Identity?.IsAuthenticated == true ? $"user:{user.Identity.Name}"
        : $"ip:{address}";
}
