using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Core.Security;
using TaskAdmission.Application.Identity;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Lists;

/// <summary>The lists screens through the real app on SQLite with the demo data.</summary>
public sealed class ListPagesTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private const string Header = "list_kind,code,title_zh,title_en,category,department,legal_basis,allowed_demands";

    private static async Task<IHtmlDocument> HtmlAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static async Task<MultipartFormDataContent> ImportFormAsync(
        HttpClient client, string csv, string version, bool checkOnly = false, string authority = "990000000000")
    {
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in await TestApp.FormFieldsAsync(client, "/lists/admin/import", "import-list"))
        {
            content.Add(new StringContent(v), k);
        }

        content.Add(new StringContent(authority), "Authority");
        content.Add(new StringContent("示范市测试清单"), "SetName");
        content.Add(new StringContent(version), "Version");
        if (checkOnly)
        {
            content.Add(new StringContent("true"), "CheckOnly");
        }

        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "File", "lists.csv");
        return content;
    }

    private async Task<JsonElement> CitySetAsync(HttpClient client, string version) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/list-sets?authority=990000000000")).EnumerateArray()
            .Single(s => s.GetProperty("versionLabel").GetString() == version);

    [Fact]
    public async Task PublicPage_ShowsListsInForce_WithoutSignIn()
    {
        var response = await app.CreateClient().GetAsync("/public/villages/990100100100/lists");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlAsync(response);
        Assert.Contains("石桥村", doc.QuerySelector("h1")!.TextContent);
        var codes = doc.QuerySelectorAll("tbody th code").Select(c => c.TextContent).ToList();
        Assert.Contains("ZZ-01", codes);
        Assert.Contains("QS-ZZ-01", codes);
        Assert.Contains("青山区 2025版", doc.QuerySelector("#in-force-sets")!.TextContent);
    }

    [Theory]
    [InlineData("990100100000")]
    [InlineData("999999999999")]
    [InlineData("nonsense")]
    public async Task PublicPage_NotFound_WhenCodeIsNotAVillage(string code)
    {
        var response = await app.CreateClient().GetAsync($"/public/villages/{code}/lists");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("找不到页面", (await HtmlAsync(response)).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Browser_ShowsOnlyMatchingItems_WhenSearchingByChineseSubstring()
    {
        var client = await app.SignedInClientAsync("village");

        var doc = await HtmlAsync(await client.GetAsync("/lists?q=" + Uri.EscapeDataString("低保")));

        var codes = doc.QuerySelectorAll("tbody th code").Select(c => c.TextContent).ToList();
        Assert.Equal(["QS-XZ-03-01"], codes);
    }

    [Fact]
    public async Task ImportPage_ShowsRowNumberedProblemsAndWritesNothing_WhenRowsAreBad()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var csv = $"{Header}\nAutonomy,T-01,测试事项,,,,,Meeting\nAssit,T-02,拼错类别,,,,,\nAutonomy,T-03,,,,,,Meeting\n";

        var response = await client.PostAsync("/lists/admin/import", await ImportFormAsync(client, csv, "坏文件版"));

        var problems = (await HtmlAsync(response)).QuerySelector("#import-problems")!;
        var rows = problems.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("第 3 行") && r.Contains("list_kind") && r.Contains("未知的清单类别“Assit”"));
        Assert.Contains(rows, r => r.Contains("第 4 行") && r.Contains("缺少中文名称"));
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>("/api/v1/list-sets")).EnumerateArray(),
            s => s.GetProperty("versionLabel").GetString() == "坏文件版");
    }

    [Fact]
    public async Task ImportEndpoint_ReturnsResultFragment_WhenPostedByHtmx()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var csv = $"{Header}\nAutonomy,T-01,测试事项,,,,,Meeting\n";
        var request = new HttpRequestMessage(HttpMethod.Post, "/lists/admin/import/run") { Content = await ImportFormAsync(client, csv, "校验版", checkOnly: true) };
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html);
        Assert.Contains("没有发现问题", new HtmlParser().ParseDocument(html).QuerySelector("#import-done")!.TextContent);
    }

    [Fact]
    public async Task ImportEndpoint_Refused_WithoutAntiforgeryToken()
    {
        var client = await app.SignedInClientAsync("listadmin");
        using var content = new MultipartFormDataContent
        {
            { new StringContent("990000000000"), "Authority" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes($"{Header}\nAutonomy,T-01,测试事项,,,,,Meeting\n")), "File", "lists.csv" },
        };

        var response = await client.PostAsync("/lists/admin/import/run", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ImportEndpoint_CreatesDraft_WhenFileHas20000Rows()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 1; i <= 20_000; i++)
        {
            csv.Append($"Assist,BIG-{i:00000},协助开展第{i}项基层治理相关工作并按要求如实记录和报送有关情况(测试用长标题，模拟真实清单的名称长度),")
                .Append($"Assist with grass-roots governance task number {i},社会保障,市民政局,社会救助暂行办法 第十一条,Survey;FieldWork\n");
        }

        Assert.True(Encoding.UTF8.GetByteCount(csv.ToString()) > 5_000_000);

        var response = await client.PostAsync("/lists/admin/import/run", await ImportFormAsync(client, csv.ToString(), "大文件版"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await HtmlAsync(response);
        Assert.True(doc.QuerySelector("#import-done a") is not null, doc.Body?.TextContent);
        Assert.Equal(20_000, (await CitySetAsync(client, "大文件版")).GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task ListAdministrator_PublishesImportedDraft_AndPreviousVersionEndsTheDayBefore()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var csv = $"{Header}\nAutonomy,ZZ-01,召集村民会议,,民主决策,,,Meeting\nProhibited,FM-01,招商引资任务,,经济任务,,,\n";
        var imported = await HtmlAsync(await client.PostAsync("/lists/admin/import", await ImportFormAsync(client, csv, "2099版")));
        var setPath = imported.QuerySelector("#import-done a")!.GetAttribute("href")!;
        var form = await TestApp.FormFieldsAsync(client, setPath, "publish");
        form["EffectiveFrom"] = "2099-01-01";

        var asked = await HtmlAsync(await client.PostAsync(setPath, new FormUrlEncodedContent(form)));
        form["Confirmed"] = "yes";
        var published = await HtmlAsync(await client.PostAsync(setPath, new FormUrlEncodedContent(form)));

        Assert.Contains("2099", asked.QuerySelector("#publish-confirm")!.TextContent);
        Assert.Equal("草稿", asked.QuerySelector("#set-status")!.TextContent.Trim());
        Assert.Equal("已发布", published.QuerySelector("#set-status")!.TextContent.Trim());
        Assert.NotNull(published.QuerySelector("#set-done"));
        Assert.Equal("2098-12-31", (await CitySetAsync(client, "2025版")).GetProperty("effectiveTo").GetString());
    }

    [Fact]
    public async Task PublishForm_ShowsReason_WhenDraftHasNoItems()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var form = await TestApp.FormFieldsAsync(client, "/lists/admin", "new-draft");
        form["Authority"] = "990000000000";
        form["SetName"] = "空清单";
        form["Version"] = "空版";
        var created = await client.PostAsync("/lists/admin", new FormUrlEncodedContent(form));
        var setPath = created.Headers.Location!.OriginalString;
        var publish = await TestApp.FormFieldsAsync(client, setPath, "publish");
        publish["EffectiveFrom"] = "2098-01-01";
        publish["Confirmed"] = "yes";

        var doc = await HtmlAsync(await client.PostAsync(setPath, new FormUrlEncodedContent(publish)));

        Assert.Contains("清单没有任何事项，不能发布。", doc.QuerySelector("#set-problems")!.TextContent);
        Assert.Equal("草稿", doc.QuerySelector("#set-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task ImportTemplate_WithChineseKindAndDemandNames_ImportsAsItIs()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var page = await HtmlAsync(await client.GetAsync("/lists/admin/import"));
        var template = await client.GetStringAsync(page.QuerySelector("#import-template")!.GetAttribute("href"));

        var imported = await HtmlAsync(await client.PostAsync("/lists/admin/import", await ImportFormAsync(client, template.TrimStart('\uFEFF'), "模板版")));

        Assert.StartsWith(Header, template.TrimStart('\uFEFF'));
        Assert.Contains("依法协助政府工作事项", template);
        Assert.NotNull(imported.QuerySelector("#import-done"));
    }

    [Fact]
    public async Task Export_GivesImportFormat_AsCsvAndXlsx()
    {
        var client = await app.SignedInClientAsync("village");
        var id = (await CitySetAsync(client, "2025版")).GetProperty("id").GetGuid();

        var csv = await client.GetAsync($"/lists/sets/{id}/export/csv");
        var xlsx = await client.GetByteArrayAsync($"/lists/sets/{id}/export/xlsx");

        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith(Header, text.TrimStart('\uFEFF'));
        Assert.Contains("XZ-13,协助开展人口普查", text);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
    }

    [Theory]
    [InlineData("/lists/admin")]
    [InlineData("/lists/admin/import")]
    public async Task TownshipApprover_IsDenied_AdminListPages(string path)
    {
        var client = await app.SignedInClientAsync("township");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task DistrictListAdministrator_CannotOpenCitySet()
    {
        var created = await app.WithScopeAsync<UserService, string>(users =>
            users.CreateAsync(new NewUser("qslists", "青山区清单管理员", "Right@Pass123", AppRoles.ListAdministrator, "990100000000"), Actor.SystemAdministrator("test")));
        Assert.NotEmpty(created);

        var client = app.CreateClient();
        await app.SignInAsync(client, "qslists", "Right@Pass123");
        var city = await CitySetAsync(client, "2025版");

        var response = await client.GetAsync($"/lists/admin/sets/{city.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var own = await HtmlAsync(await client.GetAsync("/lists/admin"));
        Assert.Equal(["青山区"], own.QuerySelectorAll("#list-sets tbody td:first-child").Select(c => c.TextContent).Distinct());
    }
}
