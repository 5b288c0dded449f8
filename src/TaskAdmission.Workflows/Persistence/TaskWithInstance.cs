namespace TaskAdmission.Workflows.Persistence;

/// <summary>A user task with the instance it belongs to, read together (see <see cref="IWorkflowStore.LoadTaskWithInstanceAsync"/>).</summary>
/// <param name="Task">The task, in any state.</param>
/// <param name="Instance">The instance with its live bookmarks; may be null when the task is no longer open.</param>
public sealed record TaskWithInstance(UserTaskRecord Task, InstanceRecords? Instance);
