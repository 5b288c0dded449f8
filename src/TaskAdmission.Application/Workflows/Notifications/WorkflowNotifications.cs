using System.Text.Json;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Notifications;

/// <summary>
/// Turns what an engine step did into in-app notifications for the people concerned — a task created (or recreated by a
/// return), reminded, transferred, delegated, resolved, withdrawn, a carbon copy — and stages them in the step's own
/// <see cref="AppDbContext"/>, so they commit in the same transaction as the step (the store calls this just before it
/// commits, and drops them again when the commit fails). Nobody is told of their own action.
/// </summary>
public sealed class WorkflowNotifications(AppDbContext db, Core.Common.ChinaClock clock, WorkflowSubjects subjects)
{
    public async Task<IReadOnlyList<Notification>> StageAsync(WorkflowChangeSet changes, CancellationToken ct)
    {
        var planned = Plan(changes).Distinct().ToList();
        if (planned.Count == 0)
        {
            return [];
        }
        var subject = await subjects.DescribeAsync(changes.Instance.BusinessKey, ct);
        var now = clock.UtcNow;
        var added = planned.Select(p => Notifier.Create(p.Audience, p.Kind, string.IsNullOrEmpty(p.Step) ? subject : $"{subject} · {p.Step}", p.Link, now)).ToList();
        db.Notifications.AddRange(added);
        return added;
    }

    private static IEnumerable<Planned> Plan(WorkflowChangeSet changes)
    {
        var tasks = changes.Tasks.ToDictionary(t => t.Id);
        var returned = changes.Journal.Any(j => j.Kind == JournalEntryKind.TaskReturned);
        foreach (var entry in changes.Journal)
        {
            var task = entry.TaskId is { } id ? tasks.GetValueOrDefault(id) : null;
            var planned = entry.Kind switch
            {
                JournalEntryKind.TaskCreated when task is { Status: UserTaskStatus.Open } =>
                    Audiences(task).Select(a => For(a, returned ? NotificationKind.TaskReturned : NotificationKind.TaskAssigned, task)),
                JournalEntryKind.TaskTransferred when task?.Assignee is { } to => [For(NotificationAudience.User(to), NotificationKind.TaskTransferred, task)],
                JournalEntryKind.TaskDelegated when task?.Assignee is { } to => [For(NotificationAudience.User(to), NotificationKind.TaskDelegated, task)],
                JournalEntryKind.TaskResolved when task?.Assignee is { } owner => [For(NotificationAudience.User(owner), NotificationKind.TaskResolved, task)],
                JournalEntryKind.TaskWithdrawn => changes.Tasks.Where(t => t.Status == UserTaskStatus.Cancelled)
                    .SelectMany(t => Audiences(t).Select(a => For(a, NotificationKind.TaskWithdrawn, t, "/tasks?tab=todo"))),
                _ => [],
            };
            foreach (var p in planned.Where(p => entry.Actor is null || p.Audience != NotificationAudience.User(entry.Actor)))
            {
                yield return p;
            }
        }
        foreach (var message in changes.Outbox.Where(m => m.Type == "TaskReminder"))
        {
            foreach (var p in Reminded(message))
            {
                yield return p;
            }
        }
        foreach (var copy in changes.CarbonCopies.Where(c => c.Recipient != c.From))
        {
            yield return new Planned(NotificationAudience.User(copy.Recipient), NotificationKind.CarbonCopied, "", $"/workflows/instances/{copy.InstanceId}");
        }
    }

    /// <summary>The people of a reminder: the task's assignee, or its candidates, read from the engine's reminder message.</summary>
    private static IEnumerable<Planned> Reminded(OutboxMessage message)
    {
        var payload = JsonDocument.Parse(message.PayloadJson).RootElement;
        var reminder = new UserTaskRecord
        {
            Id = payload.GetProperty("taskId").GetGuid(), InstanceId = message.InstanceId, ProcessId = "", ElementId = "", TokenId = 0,
            Status = UserTaskStatus.Open, CreatedAt = message.CreatedAt,
            Name = Text(payload, "taskName"), Assignee = Text(payload, "assignee"), CandidateScope = Text(payload, "candidateScope"),
            CandidateRoles = payload.TryGetProperty("candidateRoles", out var roles) && roles.ValueKind == JsonValueKind.Array
                ? [.. roles.EnumerateArray().Select(r => r.GetString()!)] : [],
        };
        var from = Text(payload, "from");
        return Audiences(reminder).Where(a => from is null || a != NotificationAudience.User(from))
            .Select(a => For(a, NotificationKind.TaskReminded, reminder));
    }

    /// <summary>Who a task waits for: its assignee; else its candidate users and its candidate roles in its scope.</summary>
    public static IEnumerable<string> Audiences(UserTaskRecord task)
    {
        if (task.Assignee is { } assignee)
        {
            yield return NotificationAudience.User(assignee);
            yield break;
        }
        foreach (var user in task.CandidateUsers)
        {
            yield return NotificationAudience.User(user);
        }
        if (task.CandidateScope is not { } scope)
        {
            yield break;
        }
        foreach (var role in task.CandidateRoles)
        {
            var audience = AppRoles.IsDepartmentScoped(role) ? NotificationAudience.For(role, scope, null) : NotificationAudience.For(role, null, scope);
            if (audience is not null)
            {
                yield return audience;
            }
        }
    }

    private static Planned For(string audience, NotificationKind kind, UserTaskRecord task, string? link = null) =>
        new(audience, kind, task.Name ?? task.ElementId, link ?? $"/tasks/{task.Id}");

    private static string? Text(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Planned(string Audience, NotificationKind Kind, string Step, string Link);
}
