using Microsoft.AspNetCore.DataProtection;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Hosting;

/// <summary>
/// Data Protection keys (sign-in cookies, antiforgery tokens, TOTP secrets) live in the app's database, so every node
/// of one database reads the same key ring: a cookie or form token issued on node A is accepted on node B, and a
/// restart or a new container keeps everyone signed in.
/// </summary>
public static class DataProtectionExtensions
{
    /// <summary>One name for every node, whatever its content root (the default discriminator is the path).</summary>
    public const string ApplicationName = "TaskAdmission";

    public static void AddTaskAdmissionDataProtection(this WebApplicationBuilder builder) =>
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();
}
