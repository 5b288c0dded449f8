namespace TaskAdmission.Workflows.Calendar;

/// <summary>One override of the default working week, e.g. 2025-10-01 Holiday 国庆节.</summary>
/// <param name="Date">The calendar date the entry applies to.</param>
/// <param name="Kind">Whether the date is a holiday or a make-up working day.</param>
/// <param name="Name">Display name, typically Chinese (name_zh column).</param>
public sealed record CalendarEntry(DateOnly Date, CalendarDayKind Kind, string Name);
