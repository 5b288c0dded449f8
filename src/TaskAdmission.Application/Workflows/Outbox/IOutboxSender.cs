using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Outbox;

/// <summary>
/// Delivers one workflow outbox message (a reminder, a carbon copy, a service task's notification) to the outside
/// world. The extension point for e-mail and SMS senders; today <see cref="LoggingOutboxSender"/> only logs.
/// </summary>
/// <remarks>
/// Delivery is at least once: a crash between sending and marking the message dispatched sends it again, so a
/// sender deduplicates by <see cref="OutboxMessage.Id"/> (or the producing step's <see cref="OutboxMessage.StepId"/>).
/// Throwing leaves the message pending; the dispatcher retries it on its next poll.
/// </remarks>
public interface IOutboxSender
{
    /// <summary>Sends the message; returns when the receiver has it.</summary>
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
