using System.Net;
using AngleSharp.Html.Parser;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests;

/// <summary>The console shell: language switch, health endpoints, problem+json for unknown API paths.</summary>
public sealed class ShellTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    [Fact]
    public async Task LanguageSwitch_ShowsEnglishAndSetsLang_AfterChoosingEnglish()
    {
        var client = await app.SignedInClientAsync("township");
        var zh = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        Assert.Equal("zh-CN", zh.DocumentElement.GetAttribute("lang"));
        var form = await TestApp.HiddenFieldsAsync(client, "/", "form[action='/culture']");
        form["culture"] = "en";

        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var en = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Sign out", en.Body!.TextContent);
    }

    [Fact]
    public async Task LanguageSwitch_Refused_WithoutAntiforgeryToken()
    {
        var client = app.CreateClient();

        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthy_WithoutSignIn(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownApiPath_AnswersProblemJson()
    {
        var client = await app.SignedInClientAsync("submitter");

        var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OrgImportPage_ShowsLineNumberedProblemsAndWritesNothing_WhenFileHasCycle()
    {
        var client = await app.SignedInClientAsync("admin");
        var before = await client.GetStringAsync("/admin/org-units");
        var form = await TestApp.FormFieldsAsync(client, "/admin/org-units", "import-org-units");
        using var content = new MultipartFormDataContent();
        foreach (var (k, v) in form)
        {
            content.Add(new StringContent(v), k);
        }
        var csv = "code,parent_code,kind,name_zh,name_en\n990900000000,990900100000,District,甲区,A\n990900100000,990900000000,Township,乙镇,B\n";
        content.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "File", "bad.csv");

        var response = await client.PostAsync("/admin/org-units", content);

        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var alert = doc.QuerySelector(".alert-danger")?.TextContent ?? "";
        Assert.Contains("第 2 行", alert);
        Assert.Contains("循环", alert);
        Assert.DoesNotContain("甲区", (await client.GetStringAsync("/admin/org-units")));
        Assert.Contains("石桥镇", before);
    }
}
