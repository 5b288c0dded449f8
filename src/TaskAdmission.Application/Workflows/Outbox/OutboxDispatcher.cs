using Microsoft.Extensions.Logging;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Outbox;

/// <summary>Sends pending outbox messages through <see cref="IOutboxSender"/> and marks each dispatched.</summary>
public sealed class OutboxDispatcher(IWorkflowStore store, IOutboxSender sender, TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    /// <summary>Sends one batch, oldest first; returns how many were sent. A failing message stays pending for the next poll.</summary>
    public async Task<int> RunOnceAsync(int batchSize, CancellationToken cancellationToken = default)
    {
        var pending = await store.GetPendingOutboxAsync(batchSize, cancellationToken);
        var sent = 0;
        foreach (var message in pending)
        {
            try
            {
                await sender.SendAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox message {MessageId} ({Type}) of instance {InstanceId} failed; it stays pending", message.Id, message.Type, message.InstanceId);
                continue;
            }

            await store.MarkOutboxDispatchedAsync(message.Id, time.GetUtcNow(), cancellationToken);
            sent++;
        }

        return sent;
    }
}
