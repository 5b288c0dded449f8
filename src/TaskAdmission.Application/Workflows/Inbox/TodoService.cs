using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>
/// The inbox everyone shares (待办 / 已办 / 抄送我的 / 我发起的): workflow tasks waiting for the person in their scope, with
/// due dates counted in working days on the working calendar, sorted and filtered; and the numbers on the menu.
/// </summary>
public sealed partial class TodoService(AppDbContext db, WorkflowSubjects subjects, ChinaClock clock, WorkingCalendar calendar)
{
    /// <summary>
    /// One page of a tab. <paramref name="counts"/>, the request's menu numbers (<see cref="RequestTodoCounts"/>), when
    /// given, answer the to-do tab's total whenever they count the same rows (no filter, or only overdue), so the page
    /// makes no second pass over the open tasks; its page query runs while they are read.
    /// </summary>
    public async Task<TodoPage> ListAsync(Actor actor, TodoFilter filter, Task<TodoCounts>? counts = null, CancellationToken ct = default) => filter.Tab switch
    {
        TodoTab.Done => await DoneAsync(actor, filter, ct),
        TodoTab.Copied => await CopiedAsync(actor, filter, ct),
        TodoTab.Started => await StartedAsync(actor, filter, ct),
        _ => await TodoAsync(actor, filter, counts, ct),
    };

    /// <summary>
    /// The menu numbers in one statement: open tasks for the actor and how many are overdue (one grouped pass), unread
    /// copies. The open tasks are left-joined to a one-row source, so the group — and the row that carries the copies —
    /// exists also when no task is open (the quiet case of most people and every village, which took a second statement).
    /// </summary>
    public async Task<TodoCounts> CountsAsync(Actor actor, CancellationToken ct = default)
    {
        var today = clock.Today;
        var me = actor.UserName;
        var waiting = db.WorkflowTasks.AsNoTracking().Where(TaskVisibility.WaitingFor(actor, db.WorkflowTaskCandidates));
        var counts = await (
            from one in db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\"")
            from t in waiting.DefaultIfEmpty()
            group t by one into g
            select new
            {
                All = g.Count(t => t != null),
                Overdue = g.Count(t => t != null && t.DueDate != null && t.DueDate < today),
                Copied = db.WorkflowCarbonCopies.Count(c => c.Recipient == me && c.ReadAtUtc == null),
            }).SingleAsync(ct);
        return new TodoCounts(counts.All, counts.Overdue, counts.Copied);
    }

    private async Task<TodoPage> TodoAsync(Actor actor, TodoFilter filter, Task<TodoCounts>? counts, CancellationToken ct)
    {
        var today = clock.Today;
        var tasks = db.WorkflowTasks.AsNoTracking().Where(TaskVisibility.WaitingFor(actor, db.WorkflowTaskCandidates));
        tasks = filter.Claim switch
        {
            TodoClaim.Mine => tasks.Where(t => t.Assignee == actor.UserName || t.Owner == actor.UserName),
            TodoClaim.Claimable => tasks.Where(t => t.Assignee == null),
            _ => tasks,
        };
        if (filter.OverdueOnly)
        {
            tasks = tasks.Where(t => t.DueDate != null && t.DueDate < today);
        }
        tasks = await FilterAsync(tasks, filter, ct);
        var countedAlready = counts is not null && filter is { Claim: TodoClaim.All, Process: null, Text: null };
        var total = countedAlready ? 0 : await tasks.CountAsync(ct);
        tasks = filter.Sort switch
        {
            TodoSort.Received => tasks.OrderBy(t => t.CreatedAtUtc).ThenBy(t => t.Id),
            TodoSort.Step => tasks.OrderBy(t => t.Name).ThenBy(t => t.CreatedAtUtc).ThenBy(t => t.Id),
            _ => tasks.OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.CreatedAtUtc).ThenBy(t => t.Id),
        };
        var page = await tasks.Skip(Skip(filter)).Take(TodoFilter.PageSize).ToListAsync(ct);
        if (countedAlready)
        {
            var known = await counts!;
            total = filter.OverdueOnly ? known.Overdue : known.Todo;
        }
        var (names, described) = await WordsAsync(page.Select(t => t.ProcessId), page.Select(t => t.BusinessKey), ct);
        var rows = page.Select(t => TaskRow(t, names, described) with
        {
            Claimable = t.Assignee == null,
            Delegated = t.Delegation == DelegationState.Pending,
            WorkingDaysLeft = t.DueDate is { } due ? calendar.WorkingDaysBetween(today, due) : null,
        }).ToList();
        return new TodoPage(rows, total, filter);
    }

    private async Task<TodoPage> DoneAsync(Actor actor, TodoFilter filter, CancellationToken ct)
    {
        var tasks = db.WorkflowTasks.AsNoTracking().Where(t => t.CompletedBy == actor.UserName && t.Status == UserTaskStatus.Completed);
        tasks = await FilterAsync(tasks, filter, ct);
        var total = await tasks.CountAsync(ct);
        var page = await tasks.OrderByDescending(t => t.ClosedAtUtc).ThenBy(t => t.Id).Skip(Skip(filter)).Take(TodoFilter.PageSize).ToListAsync(ct);
        var (names, described) = await WordsAsync(page.Select(t => t.ProcessId), page.Select(t => t.BusinessKey), ct);
        var rows = page.Select(t => TaskRow(t, names, described) with
        {
            At = Offset(t.ClosedAtUtc ?? t.CreatedAtUtc),
            Outcome = t.Outcome,
        }).ToList();
        return new TodoPage(rows, total, filter);
    }

    private async Task<IQueryable<WfUserTask>> FilterAsync(IQueryable<WfUserTask> tasks, TodoFilter filter, CancellationToken ct)
    {
        if (filter.Process is { } process)
        {
            tasks = tasks.Where(t => t.ProcessId == process);
        }
        if (filter.Text is { } text)
        {
            var keys = await subjects.KeysOfNumberAsync(text, ct);
            keys.Add(text);
            tasks = tasks.Where(t => (t.BusinessKey != null && keys.Contains(t.BusinessKey)) || (t.Name != null && t.Name.Contains(text)));
        }
        return tasks;
    }

    private static int Skip(TodoFilter filter) => (filter.Page - 1) * TodoFilter.PageSize;

    private static TodoRow TaskRow(WfUserTask t, Dictionary<string, string> names, Dictionary<string, string> described) => new()
    {
        TaskId = t.Id,
        InstanceId = t.InstanceId,
        ProcessId = t.ProcessId,
        ProcessName = names.GetValueOrDefault(t.ProcessId) ?? t.ProcessId,
        ElementId = t.ElementId,
        Step = t.Name ?? t.ElementId,
        Subject = t.BusinessKey is null ? "" : described.GetValueOrDefault(t.BusinessKey) ?? t.BusinessKey,
        BusinessKey = t.BusinessKey,
        FormKey = t.FormKey,
        Assignee = t.Assignee,
        DueDate = t.DueDate,
        At = Offset(t.CreatedAtUtc),
    };

    /// <summary>The processes' names (latest version) and the subjects of the business keys on one page.</summary>
    private async Task<(Dictionary<string, string> Names, Dictionary<string, string> Subjects)> WordsAsync(
        IEnumerable<string> processIds, IEnumerable<string?> businessKeys, CancellationToken ct)
    {
        var ids = processIds.Distinct().ToList();
        var names = (await db.WorkflowDefinitions.AsNoTracking().Where(d => ids.Contains(d.ProcessId))
                .Select(d => new { d.ProcessId, d.Version, d.Name }).ToListAsync(ct))
            .GroupBy(d => d.ProcessId)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!.Name ?? g.Key);
        return (names, await subjects.DescribeAsync(businessKeys, ct));
    }

    private static DateTimeOffset Offset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
