using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using TaskAdmission.Application.Clients;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.OAuth;

/// <summary>What a department system does: register (as the administrator would), get a token over HTTP, call the API.</summary>
internal static class DepartmentTokenClient
{
    public static readonly Actor Administrator = Actor.SystemAdministrator("test-admin");

    /// <summary>A fresh client for the department (an earlier test's client of it is removed first).</summary>
    public static async Task<(string ClientId, string Secret)> RegisterAsync(TestApp app, string department, params string[] scopes)
    {
        await RemoveAsync(app, department);
        var (client, secret) = await app.WithScopeAsync<DepartmentClientService, (DepartmentClient, string)>(
            clients => clients.AddAsync(department, scopes.Length == 0 ? [.. ApiScopes.All] : scopes, Administrator));
        return (client.ClientId, secret);
    }

    /// <summary>Removes the department's client (and its tokens), so a test can register it afresh on a shared app.</summary>
    public static Task<bool> RemoveAsync(TestApp app, string department) =>
        app.WithScopeAsync<IOpenIddictApplicationManager, bool>(async apps =>
        {
            if (await apps.FindByClientIdAsync(DepartmentClientService.ClientIdOf(department)) is not { } old)
            {
                return false;
            }
            await apps.DeleteAsync(old);
            return true;
        });

    public static Task<HttpResponseMessage> RequestTokenAsync(TestApp app, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        return app.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    public static async Task<string> TokenAsync(TestApp app, string clientId, string secret, string? scope = null)
    {
        var response = await RequestTokenAsync(app, clientId, secret, scope);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"token request failed: {(int)response.StatusCode} {body}");
        }
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    /// <summary>An HTTP client of the real app that sends the token as <c>Authorization: Bearer</c>.</summary>
    public static HttpClient WithToken(TestApp app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    public static async Task<HttpClient> ClientAsync(TestApp app, string department, params string[] scopes)
    {
        var (id, secret) = await RegisterAsync(app, department, scopes);
        return WithToken(app, await TokenAsync(app, id, secret));
    }
}
