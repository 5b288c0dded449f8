using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Tests.Definitions;

public sealed class TimerSpecTests
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST");
    private static readonly DateTimeOffset Start = new(2025, 1, 31, 9, 30, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("PT1H", "2025-01-31T10:30:00+08:00")]
    [InlineData("PT1H30M15S", "2025-01-31T11:00:15+08:00")]
    [InlineData("P3D", "2025-02-03T09:30:00+08:00")]
    [InlineData("P1W", "2025-02-07T09:30:00+08:00")]
    [InlineData("P1M", "2025-02-28T09:30:00+08:00")]
    [InlineData("P1DT2H", "2025-02-01T11:30:00+08:00")]
    [InlineData("2WD", "2025-02-04T09:30:00+08:00")]
    public void ComputeDue_AddsDuration_FromStart(string text, string expected)
    {
        var due = TimerSpec.ParseDuration(text).ComputeDue(Start, WorkingCalendar.WeekdaysOnly, Beijing);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void ComputeDue_SkipsHolidays_ForWorkingDays()
    {
        var calendar = new WorkingCalendar([new CalendarEntry(new DateOnly(2025, 2, 3), CalendarDayKind.Holiday, "假")]);

        var due = TimerSpec.ParseDuration("1WD").ComputeDue(Start, calendar, Beijing);

        Assert.Equal(new DateTimeOffset(2025, 2, 4, 9, 30, 0, TimeSpan.FromHours(8)), due);
    }

    [Theory]
    [InlineData("2025-10-09T09:00:00+08:00", "2025-10-09T01:00:00+00:00")]
    [InlineData("2025-10-09T01:00:00Z", "2025-10-09T01:00:00+00:00")]
    [InlineData("2025-10-09T09:00:00", "2025-10-09T01:00:00+00:00")]
    [InlineData("2025-10-09", "2025-10-08T16:00:00+00:00")]
    public void ParseDate_ReadsOffsetOrEngineZone(string text, string expectedUtc)
    {
        var due = TimerSpec.ParseDate(text).ComputeDue(Start, WorkingCalendar.WeekdaysOnly, Beijing);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("09/10/2025")]
    public void ParseDate_Throws_ForNonIsoText(string text)
    {
        Assert.Throws<FormatException>(() => TimerSpec.ParseDate(text));
    }
}
