using TaskAdmission.Core.DataFields;

namespace TaskAdmission.Application.DataFields;

/// <summary>One running task of the register: what it collects, in how many villages of the area, and whose collection it reuses (and where).</summary>
public sealed record RegisterRow(RunningCollection Task, int Villages, int ReusedVillages, RunningCollection? Reuses);
