using System.Text;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Tests.Lists;

/// <summary>The demo org tree and departments, list administrators, and small list files for the store tests.</summary>
internal static class ListFixtures
{
    public const string City = "990000000000";
    public const string Qingshan = "990100000000";
    public const string Baishui = "990200000000";
    public const string ShiqiaoVillage = "990100100100";

    public static readonly Actor CityAdmin = Actor.ListAdministrator("cityadmin", City);
    public static readonly Actor QingshanAdmin = Actor.ListAdministrator("qsadmin", Qingshan);

    public const string CityCsv = """
        list_kind,code,title_zh,title_en,category,department,legal_basis,allowed_demands
        Assist,XZ-03,协助做好社会救助申请受理,Assist social assistance,社会保障,市民政局,社会救助暂行办法,Survey;FieldWork;Ledger
        Assist,XZ-13,协助开展法定统计调查,Assist statutory surveys,统计调查,CITY-TJ,统计法,Survey;Report
        Prohibited,FM-01,招商引资任务,Investment-attraction targets,经济任务,,,
        Autonomy,ZZ-01,召集村民会议,Convene villagers' meetings,民主决策,,,Meeting
        """;

    public const string RefinementCsv = """
        list_kind,code,title_zh,title_en,category,department,legal_basis,allowed_demands,parent_code
        Assist,QS-01,协助开展低保对象入户核查,Home checks of assistance recipients,社会保障,9901-MZ,,FieldWork,XZ-03
        Assist,XZ-13,协助开展法定统计调查(青山区仅限调查),Assist statutory surveys (survey only),统计调查,CITY-TJ,统计法,Survey,
        Autonomy,QS-ZZ-01,组织“清风茶话”议事会,Tea-house consultation,协商议事,,,Meeting,
        """;

    public static Stream Csv(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n") + "\n"));

    public static ListService Store(AppDbContext db, TimeProvider? clock = null, MergedListCache? cache = null, PublishedListItems? items = null)
    {
        var china = new ChinaClock(clock ?? new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 4, 0, 0, TimeSpan.Zero)));
        return new ListService(db, new AuditLog(db, china), china, cache ?? new MergedListCache(), items ?? new PublishedListItems());
    }

    public static async Task SeedOrgAsync(AppDbContext db)
    {
        var org = new OrganisationService(db, new AuditLog(db, ChinaClock.System));
        using (var units = new StreamReader(DemoFiles.Open("demo-org-units.csv")))
        {
            Assert.True((await org.ImportUnitsAsync(units, Actor.SystemAdministrator("seed"))).Ok);
        }

        using var departments = new StreamReader(DemoFiles.Open("demo-departments.csv"));
        Assert.True((await org.ImportDepartmentsAsync(departments, Actor.SystemAdministrator("seed"))).Ok);
    }
}
