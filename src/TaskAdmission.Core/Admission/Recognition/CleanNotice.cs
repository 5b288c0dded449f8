namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>A notice known to be clean: its corpus id, title and text.</summary>
public sealed record CleanNotice(string Id, string Title, string Text);
