namespace TaskAdmission.Web.Features.Workflows;

/// <summary>The designer's save went through: the version now live (new, or the same when nothing changed), and any warnings.</summary>
public sealed record DesignerSaved(string ProcessId, int Version, bool IsNewVersion, IReadOnlyList<DesignerProblem> Warnings);
