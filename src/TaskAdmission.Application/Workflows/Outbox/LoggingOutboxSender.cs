using Microsoft.Extensions.Logging;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Outbox;

/// <summary>The placeholder sender: writes each message to the log (e-mail and SMS senders come later).</summary>
public sealed class LoggingOutboxSender(ILogger<LoggingOutboxSender> logger) : IOutboxSender
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("Outbox {Type} {MessageId} of instance {InstanceId}: {Payload}", message.Type, message.Id, message.InstanceId, message.PayloadJson);
        return Task.CompletedTask;
    }
}
