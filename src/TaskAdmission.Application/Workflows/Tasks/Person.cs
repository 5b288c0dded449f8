namespace TaskAdmission.Application.Workflows.Tasks;

/// <summary>Someone a task can be handed to or copied to: the sign-in name the engine records and the name people read.</summary>
public sealed record Person(string UserName, string DisplayName, string Role);
