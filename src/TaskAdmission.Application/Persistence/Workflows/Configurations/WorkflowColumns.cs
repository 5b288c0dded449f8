namespace TaskAdmission.Application.Persistence.Workflows.Configurations;

/// <summary>Column sizes shared by the wf_ tables.</summary>
internal static class WorkflowColumns
{
    public const int Id = 200;
    public const int User = 256;
    public const int Name = 500;
    public const int Status = 24;
    public const int StepId = 300;
}
