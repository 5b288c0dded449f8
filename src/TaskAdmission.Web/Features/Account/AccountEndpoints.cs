using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Features.Account;

/// <summary>
/// POST /account/logout: a form with antiforgery (a GET, or a POST without the token, signs nobody out). The user's
/// security stamp changes, so every copy of the session cookie stops working at once.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/logout", async (HttpContext context, SignInManager<AppUser> signIn, AuditLog audit, AppDbContext db) =>
        {
            // The antiforgery middleware checked the token (the endpoint asks for it); a minimal-API handler without form
            // parameters must look at its verdict itself.
            if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
            {
                return Results.BadRequest();
            }
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
                audit.Record(user.UserName!, "account.signout", $"user:{user.UserName}");
                await db.SaveChangesAsync();
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
    }
}
