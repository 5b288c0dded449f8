namespace TaskAdmission.Web.Features.Workflows;

/// <summary>The designer's save was refused: nothing was deployed, the previous version stays live.</summary>
public sealed record DesignerRefused(IReadOnlyList<DesignerProblem> Problems);
