using TaskAdmission.Application.Workflows.Inbox;

namespace TaskAdmission.Web.Features.Tasks;

/// <summary>
/// Where a task is worked on: the business screen of its form key (the admission review, the submission to revise, the
/// report case), or the console's own task page for steps without one.
/// </summary>
public static class TaskScreens
{
    public static string For(Guid taskId, string? formKey, string? businessKey) => formKey switch
    {
        "admission/township-review" or "admission/joint-review" or "admission/post-review" => $"/admission/reviews/{taskId}",
        "admission/revise" when businessKey is not null => $"/admission/submissions/{businessKey}",
        "admission/appeal-review" when businessKey is not null => $"/admission/appeals/{businessKey}",
        { } key when key.StartsWith("reports/", StringComparison.Ordinal) && businessKey is not null => $"/supervision/reports/{businessKey}",
        _ => $"/tasks/{taskId}",
    };

    public static string For(TodoRow row) => row.TaskId is { } id ? For(id, row.FormKey, row.BusinessKey) : $"/workflows/instances/{row.InstanceId}";
}
