using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace TaskAdmission.Application.Persistence.Configurations;

/// <summary>OpenIddict's EF Core entities, in tables named like ours (oauth_*) instead of its OpenIddict* defaults.</summary>
internal static class OAuthStoreConfiguration
{
    public static void Apply(ModelBuilder builder)
    {
        builder.UseOpenIddict();
        builder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("oauth_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("oauth_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("oauth_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("oauth_tokens");
    }
}
