namespace TaskAdmission.Web.Features.Workflows;

/// <summary>One problem of a designed diagram, located by the element it is about, for the designer to show beside it.</summary>
public sealed record DesignerProblem(string Element, int Line, string Message, bool Warning);
