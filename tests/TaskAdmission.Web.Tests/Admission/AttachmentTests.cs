using System.Net;
using System.Net.Http.Headers;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using static TaskAdmission.Web.Tests.Admission.AdmissionScreens;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>Attachments: recognised by content, downloadable by whoever may see the submission, 404 for everyone else.</summary>
public sealed class AttachmentTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, string fileName, byte[] content)
    {
        var path = $"/admission/submissions/{id}";
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in await TestApp.FormFieldsAsync(client, path, "attachment-upload"))
        {
            form.Add(new StringContent(value), name);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "File", fileName);
        return await client.PostAsync(path, form);
    }

    [Fact]
    public async Task Attachment_IsStoredAndDownloadable_ByThoseWhoSeeTheSubmission()
    {
        var owner = await app.SignedInClientAsync("submitter");
        var id = IdFrom(await PostFormAsync(owner, "/admission/new", "submission", ValidFields("附件测试").Append(new("Action", "save"))));
        var pdf = "%PDF-1.4\n%测试\n"u8.ToArray();

        var uploaded = await UploadAsync(owner, id, "通知.pdf", pdf);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var link = Parse(await owner.GetStringAsync($"/admission/submissions/{id}")).QuerySelector("a[href^='/admission/attachments/']")!.GetAttribute("href")!;
        var download = await owner.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var head = await app.SignedInClientAsync("depthead");
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync(link)).StatusCode);
        var other = await SignedInAsAsync(app, AppRoles.DepartmentSubmitter, "CITY-GA");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync("township")).GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Attachment_IsRefused_WhenContentDoesNotMatchItsName()
    {
        var owner = await app.SignedInClientAsync("submitter");
        var id = IdFrom(await PostFormAsync(owner, "/admission/new", "submission", ValidFields("附件拒收测试").Append(new("Action", "save"))));

        var response = await UploadAsync(owner, id, "报表.pdf", "MZ\x90\0 this is an executable"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("只接受 PDF", page.GetElementById("attachment-error")!.TextContent);
        Assert.Null(page.QuerySelector("a[href^='/admission/attachments/']"));
    }
}
