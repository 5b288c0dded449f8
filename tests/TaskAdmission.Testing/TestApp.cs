using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Web;
using TaskAdmission.Web.Hosting;
using Xunit;

namespace TaskAdmission.Testing;

/// <summary>
/// The real app on real Kestrel at http://127.0.0.1:{free port}, with demo data, on a fresh database of the given
/// provider — or, given <paramref name="joinConnectionString"/>, a second node on another app's database. Share one per
/// test class (IClassFixture) — starting it costs about a second.
/// </summary>
public class TestApp(DatabaseProvider provider, string? joinConnectionString = null) : IAsyncLifetime
{
    private TestDatabase? database;

    public WebApplication App { get; private set; } = default!;
    public Uri BaseAddress { get; private set; } = default!;
    public DatabaseProvider Provider => provider;

    /// <summary>The database this app runs on (a second node joins it with <c>new TestApp(Provider, ConnectionString)</c>).</summary>
    public string ConnectionString { get; private set; } = default!;
    public IServiceProvider Services => App.Services;

    /// <summary>Runs <paramref name="use"/> in a new DI scope of the app, as one request would.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="use"/> on one service of a new DI scope (a use case, the DbContext), as one request would.</summary>
    public Task<T> WithScopeAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull =>
        WithScopeAsync(services => use(services.GetRequiredService<TService>()));

    /// <summary>
    /// Whether the app warms the pre-check at start as the shipped app does (<c>Admission:WarmPrecheckAtStart</c>). Off in
    /// the test hosts: they start by the hundred, ten at once in one process, and each warm-up builds every district's
    /// lexicon (seconds of CPU each on a busy machine — enough to starve the other hosts' requests). A fixture that tests
    /// the first pre-check a user meets turns it on (<see cref="WarmSqliteTestApp"/>).
    /// </summary>
    protected virtual bool WarmPrecheck => false;

    /// <summary>Extra settings a derived fixture wants (e.g. a low rate limit).</summary>
    protected virtual IEnumerable<string> ExtraArgs => [];

    /// <summary>Extra services a derived fixture wants (e.g. a service activity only tests use).</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    public async Task InitializeAsync()
    {
        if (joinConnectionString is null)
        {
            database = await TestDatabase.CreateAsync(provider, GetType().Name.ToLowerInvariant());
        }
        ConnectionString = joinConnectionString ?? database!.ConnectionString;
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Development",
            "--Demo:Enabled=true",
            // Tests make their own work; a fixture that wants 青山区's demo burden passes --Burden:DemoWork=true.
            "--Burden:DemoWork=false",
            $"--Database:Provider={provider}",
            $"--ConnectionStrings:Default={ConnectionString}",
            "--Logging:LogLevel:Default=Warning",
            $"--Admission:WarmPrecheckAtStart={WarmPrecheck}",
            .. ExtraArgs,
        ];
        App = TaskAdmissionApp.Build(args, Configure);
        await App.InitializeDatabaseAsync();
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>A client with its own cookie jar that does not follow redirects, so tests can see them.</summary>
    public HttpClient CreateClient(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>Signs a demo user in through the real login form (antiforgery token and all).</summary>
    public async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password = DemoUsers.Password)
    {
        var form = await FormFieldsAsync(client, "/account/login", "login");
        form["Input.UserName"] = userName;
        form["Input.Password"] = password;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
    }

    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = CreateClient();
        var response = await SignInAsync(client, userName);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in of {userName} failed: {response.StatusCode}");
        }
        return client;
    }

    /// <summary>The hidden fields (antiforgery token, handler name) of the Blazor form named <paramref name="formName"/>.</summary>
    public static Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string path, string formName) =>
        HiddenFieldsAsync(client, path, $"form:has(input[name=_handler][value='{formName}'])");

    /// <summary>
    /// Posts the Blazor form named <paramref name="formName"/> on <paramref name="path"/> with its hidden fields plus
    /// <paramref name="fields"/>, asserts 200 and returns the page the app answered with.
    /// </summary>
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> PostFormAsync(HttpClient client, string path, string formName, params (string Key, string Value)[] fields)
    {
        var form = await FormFieldsAsync(client, path, formName);
        var response = await client.PostAsync(path, new FormUrlEncodedContent([.. form, .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The hidden fields of the first form matching a CSS selector on a page.</summary>
    public static async Task<Dictionary<string, string>> HiddenFieldsAsync(HttpClient client, string path, string formSelector)
    {
        var html = await client.GetStringAsync(path);
        var form = new HtmlParser().ParseDocument(html).QuerySelector(formSelector)
            ?? throw new InvalidOperationException($"no form {formSelector} on {path}");
        return form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }
}

/// <summary>The app on SQLite.</summary>
public sealed class SqliteTestApp() : TestApp(DatabaseProvider.Sqlite);

/// <summary>The app on SQLite with the pre-check warmed at start, as shipped (for the tests of the live pre-check a user meets first).</summary>
public sealed class WarmSqliteTestApp() : TestApp(DatabaseProvider.Sqlite)
{
    protected override bool WarmPrecheck => true;
}

/// <summary>The app on the run's throw-away PostgreSQL.</summary>
public sealed class PostgresTestApp() : TestApp(DatabaseProvider.Postgres);
