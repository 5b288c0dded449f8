namespace TaskAdmission.Core.Common;

/// <summary>One thing wrong with one line of an imported file; <see cref="Code"/> is stable, text comes from a catalogue.</summary>
public sealed record ImportProblem(int Line, string Column, string Code, params string[] Arguments);
