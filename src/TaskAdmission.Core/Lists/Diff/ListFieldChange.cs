namespace TaskAdmission.Core.Lists.Diff;

/// <summary>One field that differs; values in the CSV format (kinds and demands as tokens, null as empty).</summary>
public sealed record ListFieldChange(ListItemField Field, string Old, string New);
