namespace TaskAdmission.Core.DataFields;

/// <summary>One field collected by more than one department in the same villages: which departments, and in how many villages.</summary>
public sealed record FieldCollectors(string Field, IReadOnlyList<string> DepartmentCodes, IReadOnlyList<Guid> SubmissionIds, int Villages);
