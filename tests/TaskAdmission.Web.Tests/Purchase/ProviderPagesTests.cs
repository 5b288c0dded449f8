using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Testing;
using static TaskAdmission.Web.Tests.Purchase.PurchasePages;

namespace TaskAdmission.Web.Tests.Purchase;

/// <summary>The provider register's screens: the editor's field messages, the import's row problems, the exports.</summary>
public sealed class ProviderPagesTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    private Task<int> CountAsync() => app.WithScopeAsync<AppDbContext, int>(db => db.PurchaseProviders.CountAsync());

    [Fact]
    public async Task Editor_RefusesAnInvalidCreditCode_InBothLanguages_AndStoresNothing()
    {
        var admin = await app.SignedInClientAsync("listadmin");
        var before = await CountAsync();
        (string, string)[] fields =
        [
            ("Input.Kind", "Company"), ("Input.Name", "校验失败公司"), ("Input.CreditCode", "91350100M000100Y44"), ("Input.RegistrationAuthority", "示范市市场监督管理局"),
            ("Input.ContactName", "张三"), ("Input.ContactPhone", "13800000000"), ("Input.ServiceAreas", "990100000000"), ("Input.Status", "Active"),
        ];

        var doc = await PostRefusedAsync(admin, "/purchase/providers/new", "provider", fields);
        Assert.Equal("统一社会信用代码“91350100M000100Y44”不正确（18 位，校验码须符合 GB 32100）。", doc.GetElementById("creditCode-error")?.TextContent.Trim());
        await SwitchToEnglishAsync(admin);
        doc = await PostRefusedAsync(admin, "/purchase/providers/new", "provider", [.. fields, ("Input.Blacklisted", "true")]);
        Assert.Equal("Give the reason for blacklisting.", doc.GetElementById("blacklistReason-error")?.TextContent.Trim());
        Assert.Equal(before, await CountAsync());

        await PostDoneAsync(admin, "/purchase/providers/new", "provider", [.. fields.Where(f => f.Item1 != "Input.CreditCode"), ("Input.CreditCode", "91350100m000100y43")]);
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task Import_ListsEachBadRowAndColumn_AndWritesNothing()
    {
        var admin = await app.SignedInClientAsync("listadmin");
        var before = await CountAsync();
        var csv = string.Join(',', ProviderFile.Columns) + "\n社会组织,坏代码协会,52990100MJ00000110,青山区民政局,赵六,13800000001,990100000000,正常,否,\n";
        var hidden = await TestApp.FormFieldsAsync(admin, "/purchase/providers/import", "import-providers");
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in hidden)
        {
            form.Add(new StringContent(value), key);
        }
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "File", "providers.csv");

        var response = await admin.PostAsync("/purchase/providers/import", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[data-testid=import-problems]")?.TextContent;
        Assert.Contains("第 2 行：统一社会信用代码“52990100MJ00000110”不正确", problems);
        Assert.Contains("credit_code", problems);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Exports_CarryTheRegister_AndDepartmentsMayReadButNotEdit()
    {
        var submitter = await app.SignedInClientAsync("submitter");
        var csv = Encoding.UTF8.GetString(await submitter.GetByteArrayAsync("/purchase/providers.csv"));
        Assert.StartsWith("\uFEFFkind,name,credit_code", csv);
        Assert.Contains("52990100MJ00000113", csv);
        var xlsx = await submitter.GetByteArrayAsync("/purchase/providers.xlsx");
        var rows = StringSheet.Read(new MemoryStream(xlsx));
        Assert.Equal("credit_code", StringSheet.Cells(rows[0], 3)[2]);
        var page = Parse(await submitter.GetStringAsync("/purchase/providers"));
        Assert.Null(page.QuerySelector("a[href='/purchase/providers/new']"));
        Assert.NotEqual(HttpStatusCode.OK, (await submitter.GetAsync("/purchase/providers/new")).StatusCode);
    }
}
