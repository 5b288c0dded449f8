namespace TaskAdmission.Core.Common;

/// <summary>One thing wrong with one field of a command (field as a JSON path, e.g. demands[1].count; "" for the whole command).</summary>
public sealed record FieldProblem(string Field, string Code, params object[] Arguments) : IProblem;
