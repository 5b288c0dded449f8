using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Execution;
using static TaskAdmission.Application.Tests.Workflows.Bpmn;

namespace TaskAdmission.Application.Tests.Workflows;

/// <summary>Editing calendar_days (<see cref="WorkingCalendarService"/>) and the calendar reaching the engine without a restart, on each provider.</summary>
public abstract class WorkingCalendarServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly NewYear2027 = new(2027, 1, 1); // a Friday
    private static readonly DateOnly Monday2027 = new(2027, 1, 4);

    // Thursday 2026-12-31 09:00 in Beijing: the seeded calendar (2025–2026) has nothing for 2027 yet.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 31, 9, 0, 0, TimeSpan.FromHours(8)));
    private TestDatabase database = default!;
    private WorkflowTestHost host = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider, "calendar");
        await WorkflowTestHost.PrepareAsync(database);
        host = new WorkflowTestHost(database, clock);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<T> EditAsync<T>(Func<WorkingCalendarService, Task<T>> edit)
    {
        await using var scope = host.Scope();
        return await edit(scope.ServiceProvider.GetRequiredService<WorkingCalendarService>());
    }

    private async Task<List<(string Actor, string Action, string Subject)>> AuditAsync()
    {
        await using var db = TestContexts.Open(database);
        return (await db.AuditEntries.OrderBy(a => a.Id).ToListAsync()).Select(a => (a.Actor, a.Action, a.Subject)).ToList();
    }

    private async Task<List<CalendarDay>> Year2027Async() => await EditAsync(e => e.ListYearAsync(2027));

    [Fact]
    public async Task SetAsync_FromManyAdministratorsAtOnce_AllSucceed_AndLeaveOneDay()
    {
        // Two desks (or a retried request) adding the same new day race on its primary key; neither may get an error.
        var names = Enumerable.Range(1, 8).Select(i => $"元旦{i}").ToList();
        var results = await Task.WhenAll(names.Select(n => Task.Run(() => EditAsync(e => e.SetAsync(NewYear2027, CalendarDayKind.Holiday, n, Actor.SystemAdministrator("admin"))))));

        Assert.All(results, Assert.Empty);
        var day = Assert.Single(await Year2027Async());
        Assert.Contains(day.NameZh, names);
        Assert.Equal(names.Count, (await AuditAsync()).Count(a => a.Action == "calendar.set"));
    }

    [Fact]
    public async Task SetAsync_AddsThenReplacesTheDay_AndAuditsEachChange()
    {
        Assert.Empty(await EditAsync(e => e.SetAsync(NewYear2027, CalendarDayKind.Holiday, " 元旦 ", Actor.SystemAdministrator("admin"))));
        Assert.Empty(await EditAsync(e => e.SetAsync(NewYear2027, CalendarDayKind.Holiday, "元旦(新年)", Actor.SystemAdministrator("admin2"))));

        var day = Assert.Single(await Year2027Async());
        Assert.Equal((NewYear2027, CalendarDayKind.Holiday, "元旦(新年)"), (day.Date, day.Kind, day.NameZh));
        Assert.Equal([("admin", "calendar.set", "2027-01-01"), ("admin2", "calendar.set", "2027-01-01")], await AuditAsync());
    }

    [Fact]
    public async Task RemoveAsync_DeletesTheDayAndAudits_AndReturnsFalse_WhenThereIsNone()
    {
        await EditAsync(e => e.SetAsync(NewYear2027, CalendarDayKind.Holiday, "元旦", Actor.SystemAdministrator("admin")));

        Assert.True(await EditAsync(e => e.RemoveAsync(NewYear2027, Actor.SystemAdministrator("admin"))));
        Assert.False(await EditAsync(e => e.RemoveAsync(NewYear2027, Actor.SystemAdministrator("admin"))));

        Assert.Empty(await Year2027Async());
        Assert.Equal(("admin", "calendar.remove", "2027-01-01"), (await AuditAsync())[^1]);
        Assert.Equal(2, (await AuditAsync()).Count);
    }

    [Theory]
    [InlineData("2027-01-05", CalendarDayKind.Workday, "调休上班", "kind", "CalendarWorkdayOnWeekday")] // a Tuesday
    [InlineData("1999-12-31", CalendarDayKind.Holiday, "旧年", "date", "CalendarDateRange")]
    [InlineData("2101-01-01", CalendarDayKind.Holiday, "远年", "date", "CalendarDateRange")]
    [InlineData("2027-01-01", CalendarDayKind.Holiday, "  ", "name_zh", "Required")]
    [InlineData("2027-01-01", (CalendarDayKind)7, "元旦", "kind", "CalendarKind")]
    public async Task SetAsync_RefusesAndWritesNothing_WhenTheEntryIsInvalid(string date, CalendarDayKind kind, string name, string column, string code)
    {
        var problems = await EditAsync(e => e.SetAsync(DateOnly.Parse(date), kind, name, Actor.SystemAdministrator("admin")));

        var problem = Assert.Single(problems);
        Assert.Equal((column, code), (problem.Column, problem.Code));
        await using var db = TestContexts.Open(database);
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == DateOnly.Parse(date)));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task SetAsync_Refuses_WhenTheNameIsLongerThan100Characters()
    {
        var problem = Assert.Single(await EditAsync(e => e.SetAsync(NewYear2027, CalendarDayKind.Holiday, new string('节', 101), Actor.SystemAdministrator("admin"))));

        Assert.Equal("TooLong", problem.Code);
        Assert.Empty(await Year2027Async());
    }

    [Fact]
    public async Task SetAsync_AcceptsAHolidayOnAWeekend_AndAWorkdayOnASaturday()
    {
        Assert.Empty(await EditAsync(e => e.SetAsync(new DateOnly(2027, 2, 6), CalendarDayKind.Holiday, "春节", Actor.SystemAdministrator("admin")))); // Saturday
        Assert.Empty(await EditAsync(e => e.SetAsync(new DateOnly(2027, 2, 20), CalendarDayKind.Workday, "春节调休上班", Actor.SystemAdministrator("admin")))); // Saturday

        Assert.Equal(2, (await Year2027Async()).Count);
    }

    [Fact]
    public async Task ImportAsync_WritesNothing_AndNamesEveryBadLine_WhenAnyLineIsInvalid()
    {
        var csv = "date,kind,name_zh\n2027-01-01,Holiday,元旦\n2027-01-05,Workday,调休上班\n\n2027-02-06,Holiday,\n2027-02-07,Holiday,春节\n";

        var result = await EditAsync(e => e.ImportAsync(new StringReader(csv), Actor.SystemAdministrator("admin")));

        Assert.False(result.Ok);
        Assert.Equal([(3, "CalendarWorkdayOnWeekday"), (5, "Required")], result.Problems.Select(p => (p.Line, p.Code)));
        Assert.Empty(await Year2027Async());
        Assert.Empty(await AuditAsync());
    }

    [Theory]
    [InlineData("date,kind,name_zh\n2027-01-01,Holiday,元旦\n2027-13-01,Holiday,错\n", 3)]
    [InlineData("date,kind,name_zh\n2027-01-01,Holiday,元旦\n2027-01-02,Rest,休\n", 3)]
    [InlineData("date,kind,name_zh\n2027-01-01,Holiday,元旦\n\n2027-01-01,Holiday,元旦\n", 4)]
    [InlineData("datum,art,name\n2027-01-01,Holiday,元旦\n", 1)]
    public async Task ImportAsync_ReportsTheLine_WhenTheFileIsMalformed(string csv, int line)
    {
        var result = await EditAsync(e => e.ImportAsync(new StringReader(csv), Actor.SystemAdministrator("admin")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((line, "CalendarFormat"), (problem.Line, problem.Code));
        Assert.Empty(await Year2027Async());
    }

    [Fact]
    public async Task ImportAsync_AddsAndReplaces_KeepsOtherDays_AndAuditsOnce_WhenEveryLineIsGood()
    {
        await EditAsync(e => e.SetAsync(NewYear2027, CalendarDayKind.Holiday, "旧名", Actor.SystemAdministrator("admin")));
        await EditAsync(e => e.SetAsync(new DateOnly(2027, 5, 3), CalendarDayKind.Holiday, "劳动节", Actor.SystemAdministrator("admin")));
        var csv = "date,kind,name_zh\r\n2027-01-01,Holiday,元旦\r\n2027-02-06,Holiday,春节\r\n2027-02-20,Workday,春节调休上班\r\n";

        var result = await EditAsync(e => e.ImportAsync(new StringReader(csv), Actor.SystemAdministrator("importer")));

        Assert.True(result.Ok);
        Assert.Equal((2, 1), (result.Added, result.Updated));
        Assert.Equal(["2027-01-01 元旦", "2027-02-06 春节", "2027-02-20 春节调休上班", "2027-05-03 劳动节"],
            (await Year2027Async()).Select(d => $"{d.Date:yyyy-MM-dd} {d.NameZh}"));
        Assert.Equal(("importer", "calendar.import", "calendar_days"), (await AuditAsync())[^1]);
    }

    [Fact]
    public async Task DueDates_FollowTheEditedCalendar_WithoutARestart()
    {
        var xml = Process(Start + UserTask("review", "ta:assignee=\"${initiator}\" ta:dueInWorkingDays=\"1\"") + End + Chain("start", "review", "end"));
        Assert.Equal(NewYear2027, Assert.Single((await host.StartAsync(xml)).OpenTasks).DueDate);

        await EditAsync(e => e.SetAsync(NewYear2027, CalendarDayKind.Holiday, "元旦", Actor.SystemAdministrator("admin")));
        await EditAsync(e => e.SetAsync(Monday2027, CalendarDayKind.Holiday, "测试假日", Actor.SystemAdministrator("admin")));

        await using (var scope = host.Scope())
        {
            var calendar = scope.ServiceProvider.GetRequiredService<WorkflowEngineOptions>().Calendar;
            Assert.False(calendar.IsWorkingDay(Monday2027));
        }
        Assert.Equal(new DateOnly(2027, 1, 5), Assert.Single((await host.StartAsync(xml)).OpenTasks).DueDate);

        await EditAsync(e => e.RemoveAsync(Monday2027, Actor.SystemAdministrator("admin")));
        Assert.Equal(Monday2027, Assert.Single((await host.StartAsync(xml)).OpenTasks).DueDate);
    }

    [Fact]
    public async Task AnotherNode_SeesTheEdit_AfterItsReload()
    {
        await using var other = new WorkflowTestHost(database, clock);
        await using var otherScope = other.Scope();
        var otherOptions = otherScope.ServiceProvider.GetRequiredService<WorkflowEngineOptions>();
        Assert.True(otherOptions.Calendar.IsWorkingDay(Monday2027));

        await EditAsync(e => e.SetAsync(Monday2027, CalendarDayKind.Holiday, "测试假日", Actor.SystemAdministrator("admin")));
        Assert.True(otherOptions.Calendar.IsWorkingDay(Monday2027)); // nothing tells the other node until it refreshes

        await otherScope.ServiceProvider.GetRequiredService<WorkingCalendarReloader>()
            .ReloadAsync(otherScope.ServiceProvider.GetRequiredService<WorkingCalendarStore>());

        Assert.False(otherOptions.Calendar.IsWorkingDay(Monday2027));
    }
}

public sealed class SqliteWorkingCalendarEditorTests() : WorkingCalendarServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresWorkingCalendarEditorTests() : WorkingCalendarServiceTests(DatabaseProvider.Postgres);
