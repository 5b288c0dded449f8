using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.CrashHost;

/// <summary>The side-effect table the crash test inspects (not part of the app's model: created here with raw SQL).</summary>
public static class SideEffects
{
    public const string CreateTable = """
        CREATE TABLE IF NOT EXISTS crash_effects (
            step_id text PRIMARY KEY,
            instance_id uuid NOT NULL,
            element_id text NOT NULL,
            message_id uuid NOT NULL,
            deliveries integer NOT NULL DEFAULT 1)
        """;

    /// <summary>Applies one effect idempotently by step id; a redelivery only counts itself.</summary>
    public static Task ApplyAsync(AppDbContext db, string stepId, Guid instanceId, string elementId, Guid messageId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO crash_effects (step_id, instance_id, element_id, message_id) VALUES ({stepId}, {instanceId}, {elementId}, {messageId})
            ON CONFLICT (step_id) DO UPDATE SET deliveries = crash_effects.deliveries + 1
            """, ct);
}
