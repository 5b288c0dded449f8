using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Identity;

public static class AccountServiceCollectionExtensions
{
    /// <summary>The app's account rules: strong passwords, lockout after 5 failures for 15 minutes.</summary>
    public static void ApplyAccountRules(IdentityOptions o)
    {
        o.Password.RequiredLength = 10;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireNonAlphanumeric = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
        o.SignIn.RequireConfirmedAccount = false;
    }

    /// <summary>
    /// User and role stores over <see cref="AppDbContext"/> with the account rules, without sign-in: what
    /// <see cref="UserService"/> needs where no web host adds cookies on top (the Application tests' host).
    /// </summary>
    public static IServiceCollection AddTaskAdmissionUserStores(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(ApplyAccountRules).AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        return services;
    }
}
