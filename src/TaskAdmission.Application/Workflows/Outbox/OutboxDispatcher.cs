using Microsoft.Extensions.Logging;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Outbox;

/// <summary>
/// Leases pending outbox messages, sends each through <see cref="IOutboxSender"/> and marks it dispatched. Safe on several
/// nodes: a lease (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL) gives each message to one dispatcher at a time.
/// </summary>
public sealed class OutboxDispatcher(IWorkflowStore store, IOutboxSender sender, TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    /// <summary>This process's name on the leases it takes (visible in wf_outbox while a batch is in flight).</summary>
    public static readonly string NodeId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>How long a leased message is this node's; a failed send is retried by any node after it.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(1);

    /// <summary>Sends one batch, oldest first; returns how many were sent. A failing message is retried after its lease.</summary>
    public async Task<int> RunOnceAsync(int batchSize, CancellationToken cancellationToken = default)
    {
        var leased = await store.LeaseOutboxAsync(time.GetUtcNow(), NodeId, LeaseDuration, batchSize, cancellationToken);
        var sent = 0;
        foreach (var message in leased)
        {
            try
            {
                await sender.SendAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox message {MessageId} ({Type}) of instance {InstanceId} failed; it is retried after its lease", message.Id, message.Type, message.InstanceId);
                continue;
            }

            await store.MarkOutboxDispatchedAsync(message.Id, time.GetUtcNow(), cancellationToken);
            sent++;
        }

        return sent;
    }
}
