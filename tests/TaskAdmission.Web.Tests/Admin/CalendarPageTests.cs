using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Web.Tests.Admin;

/// <summary>The working calendar page (/admin/calendar) through the real app; each test leaves the calendar as it found it.</summary>
public abstract class CalendarPageTests<TApp>(TApp app) where TApp : TestApp
{
    private const string Path = "/admin/calendar";

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static Task<IHtmlDocument> PostAsync(HttpClient client, string path, string formName, params (string Key, string Value)[] fields) =>
        TestApp.PostFormAsync(client, path, formName, fields);

    private static List<string> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("#calendar-days tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Take(4).Select(c => c.TextContent.Trim()))).ToList();

    private Task<bool> IsWorkingDayInNewScopeAsync(DateOnly date) => app.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkingCalendar>().IsWorkingDay(date)));

    private Task RemoveAsync(DateOnly date) => app.WithScopeAsync(sp => sp.GetRequiredService<WorkingCalendarService>().RemoveAsync(date, Actor.SystemAdministrator("test")));

    [Theory]
    [InlineData("township")]
    [InlineData("listadmin")]
    [InlineData("village")]
    public async Task CalendarPage_IsRefused_ForNonAdministrators(string userName)
    {
        var client = await app.SignedInClientAsync(userName);

        var response = await client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AddingAHoliday_ListsIt_AndEveryNewScopeCountsItAsNonWorking_WithoutARestart()
    {
        var day = new DateOnly(2027, 1, 4); // a Monday
        var admin = await app.SignedInClientAsync("admin");
        Assert.True(await IsWorkingDayInNewScopeAsync(day));
        try
        {
            var page = await PostAsync(admin, $"{Path}?year=2027", "calendar-set", ("Input.Date", "2027-01-04"), ("Input.Kind", "Holiday"), ("Input.Name", "测试假日"));

            Assert.Contains(Rows(page), r => r.StartsWith("2027-01-04|星期一|法定节假日（休息）|测试假日", StringComparison.Ordinal));
            Assert.Contains("已保存", page.QuerySelector("[role=status]")!.TextContent);
            Assert.False(app.Services.GetRequiredService<WorkflowEngineOptions>().Calendar.IsWorkingDay(day));
            Assert.False(await IsWorkingDayInNewScopeAsync(day));
            Assert.Equal(new DateOnly(2027, 1, 5), await app.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkingCalendar>().AddWorkingDays(new DateOnly(2027, 1, 1), 1))));

            var after = await PostAsync(admin, $"{Path}?year=2027", "calendar-remove", ("RemoveDate", "2027-01-04"));

            Assert.DoesNotContain(Rows(after), r => r.StartsWith("2027-01-04", StringComparison.Ordinal));
            Assert.True(await IsWorkingDayInNewScopeAsync(day));
        }
        finally
        {
            await RemoveAsync(day);
        }
    }

    [Fact]
    public async Task InvalidForm_ShowsFieldMessages_InChinese()
    {
        var admin = await app.SignedInClientAsync("admin");

        var page = await PostAsync(admin, Path, "calendar-set", ("Input.Date", "2027-01-05"), ("Input.Kind", "Workday"), ("Input.Name", "调休上班"));
        var empty = await PostAsync(admin, Path, "calendar-set", ("Input.Date", ""), ("Input.Kind", "Holiday"), ("Input.Name", " "));

        Assert.Contains("调休上班日只能是周六或周日", page.QuerySelector("#kind-error")!.TextContent);
        Assert.Contains("is-invalid", page.QuerySelector("#day-kind")!.ClassName);
        Assert.Equal("请填写“日期”。", empty.QuerySelector("#date-error")!.TextContent.Trim());
        Assert.Equal("请填写“名称”。", empty.QuerySelector("#name-error")!.TextContent.Trim());
        Assert.True(await IsWorkingDayInNewScopeAsync(new DateOnly(2027, 1, 5)));
    }

    [Fact]
    public async Task InvalidForm_ShowsFieldMessages_InEnglish_AfterSwitchingLanguage()
    {
        var admin = await app.SignedInClientAsync("admin");
        var culture = await TestApp.HiddenFieldsAsync(admin, "/", "form[action='/culture']");
        culture["culture"] = "en";
        await admin.PostAsync("/culture", new FormUrlEncodedContent(culture));

        var page = await PostAsync(admin, Path, "calendar-set", ("Input.Date", "2027-01-05"), ("Input.Kind", "Workday"), ("Input.Name", "调休上班"));

        Assert.Contains("a make-up working day must be a Saturday or Sunday", page.QuerySelector("#kind-error")!.TextContent);
        Assert.Equal("Working calendar", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task CsvImport_ShowsEachBadLine_AndWritesNothing()
    {
        var admin = await app.SignedInClientAsync("admin");
        const string csv = "date,kind,name_zh\n2027-10-01,Holiday,国庆节\n2027-10-05,Workday,国庆节调休上班\n2027-10-02,Holiday,\n";

        var page = await PostAsync(admin, $"{Path}?year=2027", "calendar-import", ("CsvText", csv));

        var problems = page.QuerySelectorAll("[role=alert] table tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains("第 3 行", problems[0]);
        Assert.Contains("第 4 行", problems[1]);
        Assert.DoesNotContain(Rows(page), r => r.StartsWith("2027-10-01", StringComparison.Ordinal));
        Assert.True(await IsWorkingDayInNewScopeAsync(new DateOnly(2027, 10, 1)));
    }

    [Fact]
    public async Task CsvImport_ListsTheDays_WhenEveryLineIsGood()
    {
        var admin = await app.SignedInClientAsync("admin");
        const string csv = "date,kind,name_zh\n2027-10-01,Holiday,国庆节\n2027-10-09,Workday,国庆节调休上班\n";
        try
        {
            var page = await PostAsync(admin, $"{Path}?year=2027", "calendar-import", ("CsvText", csv));

            Assert.Contains("已导入 2 天", page.QuerySelector("[role=status]")!.TextContent);
            Assert.Contains(Rows(page), r => r.StartsWith("2027-10-09|星期六|调休上班|国庆节调休上班", StringComparison.Ordinal));
            Assert.False(await IsWorkingDayInNewScopeAsync(new DateOnly(2027, 10, 1)));
            Assert.True(await IsWorkingDayInNewScopeAsync(new DateOnly(2027, 10, 9)));
        }
        finally
        {
            await RemoveAsync(new DateOnly(2027, 10, 1));
            await RemoveAsync(new DateOnly(2027, 10, 9));
        }
    }

    [Fact]
    public async Task NextYearNotice_Shows_OnlyWhileNextYearHasNoEntries()
    {
        var nextYear = ChinaClock.System.Today.Year + 1;
        var existing = await app.WithScopeAsync(sp => sp.GetRequiredService<WorkingCalendarService>().ListYearAsync(nextYear));
        foreach (var d in existing)
        {
            await RemoveAsync(d.Date);
        }
        var admin = await app.SignedInClientAsync("admin");
        var probe = new DateOnly(nextYear, 1, 1);
        try
        {
            var missing = Parse(await admin.GetStringAsync(Path));
            Assert.Contains($"{nextYear}年的法定节假日安排尚未录入", missing.QuerySelector("#calendar-missing-year")!.TextContent);
            Assert.NotNull(missing.QuerySelector($"#calendar-missing-year a[href='/admin/calendar?year={nextYear}']"));

            await app.WithScopeAsync(sp => sp.GetRequiredService<WorkingCalendarService>().SetAsync(probe, CalendarDayKind.Holiday, "元旦", Actor.SystemAdministrator("test")));

            Assert.Null(Parse(await admin.GetStringAsync(Path)).QuerySelector("#calendar-missing-year"));
        }
        finally
        {
            await RemoveAsync(probe);
            foreach (var d in existing)
            {
                await app.WithScopeAsync(sp => sp.GetRequiredService<WorkingCalendarService>().SetAsync(d.Date, d.Kind, d.NameZh, Actor.SystemAdministrator("test")));
            }
        }
    }

    [Fact]
    public async Task Menu_LinksToTheCalendar_ForAdministrators()
    {
        var admin = await app.SignedInClientAsync("admin");

        var home = Parse(await admin.GetStringAsync("/"));

        Assert.NotNull(home.QuerySelector($"a[href='{Path}']"));
    }
}

public sealed class SqliteCalendarPageTests(SqliteTestApp app) : CalendarPageTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresCalendarPageTests(PostgresTestApp app) : CalendarPageTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>;
