using System.Text.Json;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>User tasks: creation and completion (multi-instance bodies are in TokenRunner.MultiInstance).</summary>
internal sealed partial class TokenRunner
{
    private void CreateTask(TokenState token, UserTaskNode node, MultiInstanceItem? item)
    {
        var variables = Variables(token);
        string? assignee;
        string? scope;
        IReadOnlyList<string> users;
        DateOnly? due;
        try
        {
            assignee = token.AssigneeOverride ?? node.Assignee?.Resolve(variables);
            scope = node.CandidateScope?.Resolve(variables);
            users = CandidateUsers(node, variables);
            due = node.DueInWorkingDays is { } days ? options.Calendar.AddWorkingDays(LocalToday, days)
                : node.DueDate?.Resolve(variables) is { } text ? DueDates.Resolve(text, session.Now, options.Calendar, options.TimeZone)
                : null;
        }
        catch (Exception e) when (e is ExpressionEvaluationException or FormatException)
        {
            RaiseIncident(token, $"cannot resolve the assignee, candidates or due date of '{node.Id}': {e.Message}", null);
            return;
        }

        token.AssigneeOverride = null;
        var task = new UserTaskRecord
        {
            Id = RowIds.New(),
            InstanceId = State.Id,
            ProcessId = State.ProcessId,
            BusinessKey = State.BusinessKey,
            ElementId = node.Id,
            Name = node.Name,
            TokenId = token.Id,
            Status = UserTaskStatus.Open,
            Assignee = assignee,
            Owner = assignee,
            CandidateRoles = node.CandidateRoles,
            CandidateUsers = users,
            CandidateScope = scope,
            FormKey = node.FormKey,
            DueDate = due,
            CreatedAt = session.Now,
            LoopIndex = item?.Index,
            ElementValueJson = item?.Value.GetRawText(),
        };
        session.Put(task);
        token.TaskId = task.Id;
        token.Status = TokenStatus.Waiting;
        session.Journal(JournalEntryKind.TaskCreated, node.Id, taskId: task.Id, detail: assignee is null ? null : $"assigned to {assignee}");
    }

    /// <summary>Candidate users: a comma list, or an expression yielding a list or a comma list.</summary>
    private static IReadOnlyList<string> CandidateUsers(UserTaskNode node, IReadOnlyDictionary<string, JsonElement> variables)
    {
        if (node.CandidateUsers is not { } users) return [];
        if (users.Expression is { } expression && expression.Evaluate(variables) is { ValueKind: JsonValueKind.Array } list)
        {
            return list.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).Distinct(StringComparer.Ordinal).ToList();
        }

        return (users.Resolve(variables) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Completes the open task of <paramref name="token"/> and continues the process.</summary>
    public void CompleteUserTask(TokenState token, string actor, IReadOnlyDictionary<string, JsonElement> variables, string? comment)
    {
        var task = session.Task(token.TaskId!.Value);
        var node = (UserTaskNode)Definition.Node(token.NodeId);
        var merged = new Dictionary<string, JsonElement>(token.ResolvedVariables ?? [], StringComparer.Ordinal);
        foreach (var (name, value) in variables) merged[name] = value;
        var outcomeName = node.MultiInstance?.OutcomeVariable ?? "outcome";
        var outcome = merged.TryGetValue(outcomeName, out var o) ? ExpressionValues.ToText(ExpressionValues.FromJson(o)) : null;
        session.Put(task with
        {
            Status = UserTaskStatus.Completed,
            ClosedAt = session.Now,
            CompletedBy = actor,
            Outcome = outcome,
            LastActionAt = session.Now,
        });
        session.Journal(JournalEntryKind.TaskCompleted, node.Id, actor, comment, merged, task.Id, outcome);
        token.TaskId = null;
        token.ResolvedVariables = null;
        if (!IsMultiInstanceChild(token, out _))
        {
            token.Trail.Add(new TrailEntry { ElementId = node.Id, TaskId = task.Id, CompletedBy = actor, CompletedAt = session.Now });
        }

        FinishActivity(token, node, actor, merged, outcome);
    }
}
