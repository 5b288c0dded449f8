using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Web.Features.Account;

/// <summary>POST /account/logout (a form with antiforgery; a GET must never sign anyone out).</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn, HttpContext context, AuditLog audit, TaskAdmission.Application.Persistence.AppDbContext db) =>
        {
            var name = context.User.Identity?.Name;
            await signIn.SignOutAsync();
            if (name is not null)
            {
                audit.Record(name, "account.signout", $"user:{name}");
                await db.SaveChangesAsync();
            }
            return Results.LocalRedirect("/account/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
    }
}
