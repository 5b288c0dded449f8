using System.Text;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Purchase;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Purchase;
using static TaskAdmission.Testing.Purchase.PurchaseScenario;

namespace TaskAdmission.Application.Tests.Purchase;

/// <summary>The provider register: who manages it, CSV/XLSX import all-or-nothing with row and column problems, export.</summary>
public sealed class ProviderRegisterTests(SqliteApplicationHost app) : IClassFixture<SqliteApplicationHost>
{
    private readonly PurchaseScenario scenario = new(app.Services);

    private const string Header = "kind,name,credit_code,registration_authority,contact_name,contact_phone,service_areas,status,blacklisted,blacklist_reason\n";

    private Task<ProviderImportOutcome> ImportAsync(string csv, Actor actor) =>
        scenario.WithAsync<ProviderService, ProviderImportOutcome>(s => s.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), xlsx: false, actor));

    [Fact]
    public async Task Import_RefusesTheWholeFile_NamingEachRowAndColumn()
    {
        var before = await scenario.WithAsync<AppDbContext, int>(db => db.PurchaseProviders.CountAsync());
        var csv = Header
            + "企业,好帮手家政有限公司,91350100M000100Y43,示范市市场监督管理局,王五,13800000000,990100000000,正常,否,\n"
            + "社会组织,坏代码协会,91350100M000100Y44,青山区民政局,赵六,13800000001,990100000000,正常,否,\n"
            + "工会,未知类型,,青山区民政局,钱七,13800000002,999999999999,正常,是,\n";

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => ImportAsync(csv, ListAdmin));

        var problems = refusal.ProblemsOf<PurchaseProblem>().Select(p => $"{p.Row}:{p.Field}:{p.Kind}").ToList();
        Assert.Contains("3:credit_code:BadCreditCode", problems);
        Assert.Contains("4:kind:BadValue", problems);
        Assert.Contains("4:credit_code:Required", problems);
        Assert.Contains("4:service_areas:UnknownOrgUnit", problems);
        Assert.Contains("4:blacklist_reason:BlacklistReasonRequired", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("2:", StringComparison.Ordinal));
        Assert.Equal(before, await scenario.WithAsync<AppDbContext, int>(db => db.PurchaseProviders.CountAsync()));
    }

    [Fact]
    public async Task Export_ThenImportOfTheXlsx_UpdatesByCreditCode_AndAudits()
    {
        var rows = await scenario.WithAsync<ProviderService, List<string[]>>(s => s.ExportAsync(Submitter));
        Assert.Equal(ProviderFile.Columns, rows[0]);
        Assert.DoesNotContain(rows, r => r[0] == nameof(ProviderKind.VillageCommittee));
        var sunshine = rows.Single(r => r[2] == SunshineCreditCode);
        sunshine[5] = "023-99999999";
        var xlsx = StringSheet.ToXlsx(rows, ProviderFile.SheetName);

        var outcome = await scenario.WithAsync<ProviderService, ProviderImportOutcome>(s => s.ImportAsync(new MemoryStream(xlsx), xlsx: true, ListAdmin));

        Assert.Equal((0, rows.Count - 1), (outcome.Created, outcome.Updated));
        Assert.Equal("023-99999999", await scenario.WithAsync<AppDbContext, string>(db => db.PurchaseProviders.Where(p => p.CreditCode == SunshineCreditCode).Select(p => p.ContactPhone).SingleAsync()));
        Assert.True(await scenario.WithAsync<AppDbContext, bool>(db => db.AuditEntries.AnyAsync(a => a.Action == "provider.import" && a.Actor == "listadmin")));
    }

    [Fact]
    public async Task ADistrictAdministrator_ManagesOnlyProvidersOfItsDistrict_AndDepartmentsOnlyRead()
    {
        var district = Actor.ListAdministrator("qs-admin", Qingshan);
        var input = new ProviderInput(ProviderKind.Company, "白水县物业公司", "91350100M000100Y43", "白水县市场监督管理局", "刘八", "13900000000", ["990200000000"]);

        var refusal = await Assert.ThrowsAsync<RefusalException>(() => scenario.WithAsync<ProviderService, Provider>(s => s.CreateAsync(input, district)));
        Assert.Equal(PurchaseProblemCode.ServiceAreaOutsideScope.ToString(), refusal.Code);
        refusal = await Assert.ThrowsAsync<RefusalException>(() => scenario.WithAsync<ProviderService, Provider>(s => s.CreateAsync(input, Submitter)));
        Assert.Equal(RefusalKind.NotFound, refusal.Kind);
        Assert.NotEmpty(await scenario.WithAsync<ProviderService, List<Provider>>(s => s.ListAsync(new ProviderFilter(), Submitter)));

        var created = await scenario.WithAsync<ProviderService, Provider>(s => s.CreateAsync(input with { ServiceAreaCodes = ["990100300000"] }, district));
        var blacklist = input with { ServiceAreaCodes = ["990100300000"], Blacklisted = true, BlacklistReason = "虚报服务记录" };
        await scenario.WithAsync<ProviderService, Provider>(s => s.UpdateAsync(created.Id, created.Version, blacklist, district));
        refusal = await Assert.ThrowsAsync<RefusalException>(() => scenario.WithAsync<ProviderService, Provider>(s => s.UpdateAsync(created.Id, created.Version, blacklist, district)));
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
        Assert.True(await scenario.WithAsync<AppDbContext, bool>(db => db.PurchaseProviders.Where(p => p.Id == created.Id).Select(p => p.Blacklisted).SingleAsync()));
    }
}
