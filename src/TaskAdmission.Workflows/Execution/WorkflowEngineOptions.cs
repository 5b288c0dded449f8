using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Parsing;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Engine settings: working calendar, time zone, file limits and the dialect mapping, and a runaway guard.</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>Calendar for working-day timers and task due dates (default: Monday–Friday, no holidays).</summary>
    public WorkingCalendar Calendar { get; set; } = WorkingCalendar.WeekdaysOnly;

    /// <summary>Zone in which dates and working days are counted (default Asia/Shanghai, UTC+8).</summary>
    public TimeZoneInfo TimeZone { get; set; } = ChinaStandardTime();

    /// <summary>How BPMN files are read: element limits and the Flowable/Activiti dialect mapping (groups, forms, service classes).</summary>
    public BpmnParserOptions Parsing { get; set; } = new();

    /// <summary>Maximum node executions in one command; protects against loops the validator cannot see.</summary>
    public int MaxStepsPerCommand { get; set; } = 10_000;

    /// <summary>Returns Asia/Shanghai, or a fixed UTC+8 zone where tz data is missing.</summary>
    public static TimeZoneInfo ChinaStandardTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
