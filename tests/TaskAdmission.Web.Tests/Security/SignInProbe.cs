using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using TaskAdmission.Application.Identity;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Security;

/// <summary>Sign-in attempts through the real form, as an outsider makes them: fresh users, the answer, the time it took.</summary>
public sealed class SignInProbe(TestApp app)
{
    public const string Right = "Right@Pass123";

    public async Task<string> NewUserAsync(bool locked = false)
    {
        var name = $"u{Guid.NewGuid():N}"[..12];
        var id = await app.WithScopeAsync<UserService, string>(users =>
            users.CreateAsync(new NewUser(name, "登录防护测试", Right, AppRoles.Supervisor, "990100000000"), Actor.SystemAdministrator("test")));
        if (locked)
        {
            await app.WithScopeAsync<UserService, int>(async users => { await users.SetLockedAsync(id, true, Actor.SystemAdministrator("test")); return 0; });
        }
        return name;
    }

    public static async Task<(HttpStatusCode Status, string? Message, TimeSpan Took, HttpResponseMessage Response)> AttemptAsync(HttpClient client, string user, string password)
    {
        var form = await TestApp.FormFieldsAsync(client, "/account/login", "login");
        form["Input.UserName"] = user;
        form["Input.Password"] = password;
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
        var took = watch.Elapsed;
        var message = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("#login-error")?.TextContent.Trim();
        return (response.StatusCode, message, took, response);
    }
}
