using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Identity;
using TaskAdmission.Web.Components.Shared;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Admin;

/// <summary>The new-user form.</summary>
public sealed class NewUserInput
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = "";
    public string Scope { get; set; } = "";

    /// <summary>Adds a field message for each missing or over-long value.</summary>
    public void Require(FormErrors errors, IStringLocalizer<SharedResource> l)
    {
        Check(errors, l, "username", UserName, "Users.UserName", 64);
        Check(errors, l, "name", DisplayName, "Users.DisplayName", AppUser.DisplayNameMaxLength);
        Check(errors, l, "password", Password, "Users.InitialPassword", 256);
        Check(errors, l, "role", Role, "Users.Role", 64);
        Check(errors, l, "scope", Scope, "Users.Scope", 32);
    }

    internal static void Check(FormErrors errors, IStringLocalizer<SharedResource> l, string field, string value, string labelKey, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, l["Validation.Required", l[labelKey]]);
        }
        else if (value.Length > max)
        {
            errors.Add(field, l["Validation.TooLong", l[labelKey], max]);
        }
    }
}
