namespace TaskAdmission.Core.Common;

/// <summary>One thing wrong with one field of a submission (field as a JSON path, e.g. demands[1].count).</summary>
public sealed record FieldProblem(string Field, string Code, params object[] Arguments);
