using System.Text.Json;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Workflows.Outbox;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.CrashHost;

/// <summary>Delivers SideEffect outbox messages into crash_effects.</summary>
public sealed class SideEffectSender(AppDbContext db) : IOutboxSender
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var payload = JsonDocument.Parse(message.PayloadJson);
        var root = payload.RootElement;
        await SideEffects.ApplyAsync(db, root.GetProperty("stepId").GetString()!, message.InstanceId, root.GetProperty("elementId").GetString()!, message.Id, cancellationToken);
    }
}
