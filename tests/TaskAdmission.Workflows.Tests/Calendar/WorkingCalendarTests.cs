using TaskAdmission.Testing;
using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Tests.Support;

namespace TaskAdmission.Workflows.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly Lazy<WorkingCalendar> China = new(() =>
        WorkingCalendarCsv.Load(RepositoryPaths.ReferenceData("cn-working-calendar.csv")));

    [Theory]
    [InlineData("2025-10-01")]
    [InlineData("2025-10-03")]
    [InlineData("2025-10-08")]
    public void IsWorkingDay_ReturnsFalse_ForNationalDayHolidayOnWeekday(string date)
    {
        Assert.False(China.Value.IsWorkingDay(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    public void IsWorkingDay_ReturnsTrue_ForMakeUpWorkdayOnWeekend(string date)
    {
        var day = DateOnly.Parse(date);

        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(China.Value.IsWorkingDay(day));
    }

    [Fact]
    public void IsWorkingDay_FollowsWeekdays_WhenDateHasNoEntry()
    {
        var calendar = WorkingCalendar.WeekdaysOnly;

        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 3, 14)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 3, 15)));
    }

    [Fact]
    public void AddWorkingDays_SkipsGoldenWeekAndCountsMakeUpSaturday()
    {
        // Tue 2025-09-30 + 1 working day skips Oct 1–8 and lands on Thu Oct 9; +3 reaches the make-up Saturday Oct 11.
        var start = new DateOnly(2025, 9, 30);

        Assert.Equal(new DateOnly(2025, 10, 9), China.Value.AddWorkingDays(start, 1));
        Assert.Equal(new DateOnly(2025, 10, 11), China.Value.AddWorkingDays(start, 3));
    }

    [Fact]
    public void AddWorkingDays_CountsMakeUpSunday_BeforeNationalDay()
    {
        // Fri 2025-09-26 + 1 → Sun 2025-09-28 (国庆节调休上班), not Mon 29.
        Assert.Equal(new DateOnly(2025, 9, 28), China.Value.AddWorkingDays(new DateOnly(2025, 9, 26), 1));
    }

    [Fact]
    public void AddWorkingDays_GoesBackwards_WhenDaysNegative()
    {
        Assert.Equal(new DateOnly(2025, 9, 30), China.Value.AddWorkingDays(new DateOnly(2025, 10, 9), -1));
    }

    [Fact]
    public void AddWorkingDays_ReturnsStart_WhenZero()
    {
        var saturday = new DateOnly(2025, 3, 15);

        Assert.Equal(saturday, China.Value.AddWorkingDays(saturday, 0));
    }

    [Fact]
    public void WorkingDaysBetween_CountsOnlyWorkingDays_AcrossGoldenWeek()
    {
        // (Sep 26, Oct 12]: Sep 28, 29, 30, Oct 9, 10, 11 = 6 working days.
        var count = China.Value.WorkingDaysBetween(new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 12));

        Assert.Equal(6, count);
        Assert.Equal(-6, China.Value.WorkingDaysBetween(new DateOnly(2025, 10, 12), new DateOnly(2025, 9, 26)));
    }

    [Fact]
    public void AddWorkingDays_KeepsLocalTimeOfDay_ForDateTimeOffset()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST");
        var start = new DateTimeOffset(2025, 9, 30, 1, 30, 0, TimeSpan.Zero); // 09:30 in Beijing

        var due = China.Value.AddWorkingDays(start, 1, zone);

        Assert.Equal(new DateTimeOffset(2025, 10, 9, 9, 30, 0, TimeSpan.FromHours(8)), due);
    }

    [Fact]
    public void Parse_Throws_WithLineNumber_WhenKindUnknown()
    {
        var csv = "date,kind,name_zh\n2025-01-01,Holiday,元旦\n2025-01-02,Vacation,x\n";

        var error = Assert.Throws<FormatException>(() => WorkingCalendarCsv.Parse(new StringReader(csv)));

        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void Parse_Throws_WhenHeaderMissing()
    {
        var error = Assert.Throws<FormatException>(() => WorkingCalendarCsv.Parse(new StringReader("2025-01-01,Holiday,元旦\n")));

        Assert.Contains("header", error.Message);
    }

    [Fact]
    public void Parse_Throws_WhenDateRepeated()
    {
        var csv = "date,kind,name_zh\n2025-01-01,Holiday,元旦\n2025-01-01,Workday,x\n";

        var error = Assert.Throws<FormatException>(() => WorkingCalendarCsv.Parse(new StringReader(csv)));

        Assert.Contains("line 3", error.Message);
    }
}
