using TaskAdmission.Core.Common;

namespace TaskAdmission.Application.Workflows.Definitions;

/// <summary>One problem of a BPMN file the engine refused: the element it is about (the field), its line and the engine's words.</summary>
public sealed record BpmnProblem(string Field, int Line, string Message, bool Warning) : IProblem
{
    public string Code => Warning ? "BpmnWarning" : "BpmnError";
}
