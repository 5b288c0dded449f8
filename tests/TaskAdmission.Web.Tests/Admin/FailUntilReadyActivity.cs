using System.Text.Json;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Web.Tests.Admin;

/// <summary>A service activity that fails until the instance's variable "ready" is true: an incident an operator can fix.</summary>
public sealed class FailUntilReadyActivity : IServiceActivity
{
    public const string Type = "test.fail-until-ready";

    public Task ExecuteAsync(ServiceActivityContext context, CancellationToken cancellationToken) =>
        context.Variables.TryGetValue("ready", out var ready) && ready.ValueKind == JsonValueKind.True
            ? Task.CompletedTask
            : throw new InvalidOperationException("the notification service is not ready");
}
