namespace TaskAdmission.Core.DataFields;

/// <summary>
/// What reuse would save: the task <paramref name="Task"/> collects <paramref name="SharedFields"/> that the earlier task
/// <paramref name="Source"/> of another department already collects in <paramref name="Villages"/> of its villages; reusing
/// it would take its collecting demands off those villages — <paramref name="Items"/> items and
/// <paramref name="Submissions"/> submissions in the year.
/// </summary>
public sealed record ReuseSaving(RunningCollection Task, RunningCollection Source, IReadOnlyList<string> SharedFields, int Villages, int Items, int Submissions);
