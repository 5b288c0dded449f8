using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Workflows;

/// <summary>
/// Runs an engine command with its app audit row in the engine's own transaction: the row is staged in the shared context
/// first, so the engine's commit saves it; if the command never commits, the row is dropped again.
/// </summary>
public sealed class AuditedCommand(AppDbContext db, AuditLog audit)
{
    public async Task<WorkflowCommandResult> RunAsync(string actor, string action, string subject, string details, Func<Task<WorkflowCommandResult>> command)
    {
        audit.Record(actor, action, subject, details);
        try
        {
            return await command();
        }
        catch
        {
            foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }
            throw;
        }
    }
}
