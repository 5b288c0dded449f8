using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Web.Tests.Admission;

namespace TaskAdmission.Web.Tests.Burden;

/// <summary>
/// Collect once, use many on screen and over the API, with the demo work of 青山区 (whose tasks declare their fields):
/// the overlap and savings views and their exports, the dictionary's form and import, and bad field declarations on the
/// submission form and the API answered precisely with nothing stored.
/// </summary>
public sealed class CollectionScreensTests(SqliteBurdenDemoTestApp app) : IClassFixture<SqliteBurdenDemoTestApp>
{
    private Task<int> CountAsync(Func<AppDbContext, Task<int>> count) => app.WithScopeAsync<AppDbContext, int>(count);

    [Fact]
    public async Task CollectionPage_ShowsFieldsTwoDepartmentsCollectInTheTownship_AndExportsTheSameRows()
    {
        var township = await app.SignedInClientAsync("township");

        var page = new HtmlParser().ParseDocument(await township.GetStringAsync("/burden/collection"));

        var overlaps = page.QuerySelectorAll("#table-collection-overlaps tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(overlaps, r => r.Contains("公民身份号码") && r.Contains("民政") && r.Contains("卫生"));
        Assert.NotEmpty(page.QuerySelectorAll("#table-collection-savings tbody tr td"));
        var csv = Encoding.UTF8.GetString(await township.GetByteArrayAsync("/burden/collection/export/overlaps.csv?unit=990100100000")).TrimStart('\uFEFF');
        var xlsx = StringSheet.Read(new MemoryStream(await township.GetByteArrayAsync("/burden/collection/export/overlaps.xlsx?unit=990100100000")));
        var csvLines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(overlaps.Count + 1, csvLines.Length);
        Assert.Equal(csvLines.Length, xlsx.Count);
        Assert.Equal(csvLines[1].Split(',')[0].Trim('"'), StringSheet.Cells(xlsx[1], 1)[0]);
        // Another township's area, and a department, are refused.
        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync("/burden/collection?unit=990100300000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await township.GetAsync("/burden/collection/export/overlaps.csv?unit=990100300000")).StatusCode);
    }

    [Fact]
    public async Task DictionaryForm_RefusesASynonymOfAnotherField_AndSavesAGoodOne()
    {
        var admin = await app.SignedInClientAsync("listadmin");
        var before = await CountAsync(db => db.DataFields.CountAsync());

        var page = await TestApp.PostFormAsync(admin, "/burden/fields", "datafield-save",
            ("Input.Name", "证件号"), ("Input.Group", "人口"), ("Input.Synonyms", "身份证号"));

        Assert.Equal("“身份证号”已是字段“公民身份号码”的名称或同义词。", page.GetElementById("synonyms-error")?.TextContent.Trim());
        Assert.Equal(before, await CountAsync(db => db.DataFields.CountAsync()));
        page = await TestApp.PostFormAsync(admin, "/burden/fields", "datafield-save",
            ("Input.Name", "宠物数量"), ("Input.Group", "人口"), ("Input.Synonyms", "养犬数、养宠数"), ("Input.NameEn", "Pets"));
        Assert.NotNull(page.GetElementById("datafield-message"));
        var saved = await app.WithScopeAsync<AppDbContext, DataField>(db => db.DataFields.SingleAsync(f => f.Name == "宠物数量"));
        Assert.Equal(["养犬数", "养宠数"], saved.Synonyms);
        Assert.True(await app.WithScopeAsync<AppDbContext, bool>(db => db.AuditEntries.AnyAsync(a => a.Action == "datafield.save" && a.Actor == "listadmin")));
    }

    [Fact]
    public async Task DictionaryImport_WithABadRow_NamesRowAndColumn_AndWritesNothing()
    {
        var admin = await app.SignedInClientAsync("listadmin");
        var before = await CountAsync(db => db.DataFields.CountAsync());
        var hidden = await TestApp.FormFieldsAsync(admin, "/burden/fields", "datafield-import");
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in hidden)
        {
            form.Add(new StringContent(value), key);
        }
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("name,group,synonyms\n新字段一,人口,\n新字段二,,别名\n")), "File", "fields.csv");

        var response = await admin.PostAsync("/burden/fields", form);

        var text = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".alert-danger, #file-error")?.TextContent ?? "";
        Assert.Contains("第 3 行“分组”列", text);
        Assert.Equal(before, await CountAsync(db => db.DataFields.CountAsync()));
    }

    [Fact]
    public async Task SubmissionForm_TooManyFieldsOrAnUnknownReuse_AreNamedBesideTheirFields_AndNothingIsStored()
    {
        var submitter = await app.SignedInClientAsync("submitter");
        var before = await CountAsync(db => db.Submissions.CountAsync());
        var fields = AdmissionScreens.ValidFields("采集字段测试").Append(new("Action", "save")).ToList()
            .With("CollectedFields", string.Join("、", Enumerable.Range(1, 51).Select(i => $"字段{i}")))
            .With("ReusesSubmission", Guid.NewGuid().ToString());

        var response = await AdmissionScreens.PostFormAsync(submitter, "/admission/new", "submission", fields);

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("采集字段最多 50 项。", page.GetElementById("collectedFields-error")?.TextContent.Trim());
        Assert.Equal(before, await CountAsync(db => db.Submissions.CountAsync()));
        response = await AdmissionScreens.PostFormAsync(submitter, "/admission/new", "submission", fields.With("CollectedFields", "姓名、身份证号"));
        page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("不是正在实施", page.GetElementById("reusesSubmissionId-error")?.TextContent);
        Assert.Equal(before, await CountAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Api_RefusesBadFieldsWithProblemDetails_AndStoresDictionaryNamesOtherwise()
    {
        var (_, key) = await app.WithScopeAsync<ApiKeyService, (ApiKey, string)>(keys => keys.IssueAsync("CITY-MZ", "test", 30, Actor.SystemAdministrator("test")));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var start = ChinaClock.System.Today.AddDays(80);
        JsonObject Body(JsonArray fields, Guid? reuses = null) => new()
        {
            ["departmentCode"] = "CITY-MZ", ["title"] = "采集字段接口测试", ["description"] = "请各村每季度入户走访独居和留守老人,填写关爱服务记录。",
            ["claimedItemCodes"] = new JsonArray("XZ-04"), ["targetOrgUnitCodes"] = new JsonArray("990100100000"),
            ["startDate"] = start.ToString("yyyy-MM-dd"), ["endDate"] = start.AddDays(300).ToString("yyyy-MM-dd"),
            ["demands"] = new JsonArray(new JsonObject { ["kind"] = "FieldWork", ["count"] = 1, ["period"] = "Quarter" }),
            ["support"] = new JsonObject { ["fundingYuanPerVillage"] = 2000 }, ["contactName"] = "王芳", ["contactPhone"] = "023-12345678",
            ["collectedFields"] = fields, ["reusesSubmissionId"] = reuses?.ToString(),
        };
        var before = await CountAsync(db => db.Submissions.CountAsync());

        var tooMany = await client.PostAsJsonAsync("/api/v1/submissions", Body([.. Enumerable.Range(1, 51).Select(i => (JsonNode)$"字段{i}")]));
        var tooLong = await client.PostAsJsonAsync("/api/v1/submissions", Body(["姓名", new string('长', 41)]));
        var notRunning = await client.PostAsJsonAsync("/api/v1/submissions", Body(["姓名"], Guid.NewGuid()));

        foreach (var (response, field, text) in new[] { (tooMany, "collectedFields", "最多 50 项"), (tooLong, "collectedFields[1]", "超过 40 个字符"), (notRunning, "reusesSubmissionId", "不是正在实施") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!;
            Assert.Contains(text, errors[field]![0]!.GetValue<string>());
        }
        Assert.Equal(before, await CountAsync(db => db.Submissions.CountAsync()));

        var created = await client.PostAsJsonAsync("/api/v1/submissions", Body(["身份证号", "手机号"]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal(["公民身份号码", "联系电话"], json["collectedFields"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
