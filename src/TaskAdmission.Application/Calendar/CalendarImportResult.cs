using TaskAdmission.Core.Common;

namespace TaskAdmission.Application.Calendar;

/// <summary>Outcome of a calendar CSV import: nothing is written unless <see cref="Problems"/> is empty.</summary>
public sealed record CalendarImportResult(int Added, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}
