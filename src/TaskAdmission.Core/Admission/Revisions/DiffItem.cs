namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>One entry of a list field: <see cref="Key"/> says which entry it is across versions, <see cref="Text"/> what it reads.</summary>
public sealed record DiffItem(string Key, string Text);
