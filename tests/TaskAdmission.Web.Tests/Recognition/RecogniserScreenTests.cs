using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TaskAdmission.Testing;
using static TaskAdmission.Web.Tests.Admission.AdmissionScreens;

namespace TaskAdmission.Web.Tests.Recognition;

/// <summary>The list administrator's recognisers field and "try it" box, through the real app on SQLite with the demo lists.</summary>
public sealed class RecogniserScreenTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private static async Task<Guid> CitySetIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/list-sets?authority=990000000000")).EnumerateArray()
            .Single(s => s.GetProperty("versionLabel").GetString() == "2025版").GetProperty("id").GetGuid();

    private static async Task<string> NewDraftAsync(HttpClient client, string version)
    {
        var form = await TestApp.FormFieldsAsync(client, "/lists/admin", "new-draft");
        form["Authority"] = "990000000000";
        form["SetName"] = "识别测试清单";
        form["Version"] = version;
        var created = await client.PostAsync("/lists/admin", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task TryIt_MarksWhatFires_AndSaysWhyAQuietMatchDoesNot()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var setPath = $"/lists/admin/sets/{await CitySetIdAsync(client)}";

        var page = Parse(await (await PostFormAsync(client, setPath, "try-it",
            [new("TryTitle", "招商工作安排"), new("TryDescription", "各村完成招商引资任务。招商引资任务不分解到社区。")])).Content.ReadAsStringAsync());

        var rows = page.QuerySelectorAll("#try-hits tbody tr");
        Assert.Contains(rows, r => r.GetAttribute("data-fires") == "true" && r.GetAttribute("data-item") == "FM-01");
        Assert.Contains(rows, r => r.GetAttribute("data-fires") == "false" && r.GetAttribute("data-item") == "FM-01");
        var marked = page.QuerySelectorAll("#try-result mark").Select(m => m.TextContent).ToList();
        Assert.Contains(marked, m => m.Contains("招商引资任务"));
    }

    [Fact]
    public async Task ItemEditor_RefusesAPhraseThatDoesNotParse_AndTryItWarnsWhenAPhraseBlocksCleanNotices()
    {
        var client = await app.SignedInClientAsync("listadmin");
        var setPath = await NewDraftAsync(client, "识别版");
        var itemPath = $"{setPath}/items/new";
        List<KeyValuePair<string, string>> item =
            [new("Kind", "Prohibited"), new("Code", "FM-90"), new("TitleZh", "测试禁止事项"), new("Category", "经济任务")];

        var refused = Parse(await (await PostFormAsync(client, itemPath, "item", [.. item, new("Recognisers", "(招商")])).Content.ReadAsStringAsync());
        Assert.NotNull(refused.QuerySelector("#recognisers-error"));
        Assert.Contains("(招商", refused.QuerySelector("#item-recognisers")!.TextContent);
        Assert.Null(Parse(await client.GetStringAsync(setPath)).QuerySelector("a[href*='/items/']:not([href$='/items/new'])"));

        // A bare 走访 would block honest notices (visits to the elderly): saved, and "try it" says so.
        var saved = await PostFormAsync(client, itemPath, "item", [.. item, new("Recognisers", "走访")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var tried = Parse(await (await PostFormAsync(client, setPath, "try-it",
            [new("TryTitle", ""), new("TryDescription", "请各村每季度入户走访独居老人。")])).Content.ReadAsStringAsync());
        Assert.Contains(tried.QuerySelectorAll("#try-hits tbody tr"), r => r.GetAttribute("data-fires") == "true" && r.GetAttribute("data-item") == "FM-90");
        Assert.NotNull(tried.QuerySelector("#try-clean-flagged"));
        Assert.Contains("走访", tried.QuerySelector("#try-clean-flagged")!.TextContent);
    }
}
