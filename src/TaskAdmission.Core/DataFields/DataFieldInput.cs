namespace TaskAdmission.Core.DataFields;

/// <summary>A dictionary entry as the form or one row of an imported file gives it.</summary>
/// <param name="Row">The file row (header = 1), or null for the form.</param>
public sealed record DataFieldInput(string Name, string? NameEn, string Group, IReadOnlyList<string> Synonyms, int? Row = null);
