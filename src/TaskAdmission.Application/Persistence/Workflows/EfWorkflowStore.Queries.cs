using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Workflows.Persistence;
using static TaskAdmission.Application.Persistence.Workflows.WorkflowRowMapping;

namespace TaskAdmission.Application.Persistence.Workflows;

/// <summary>Inbox, carbon-copy and outbox queries.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<PagedResult<UserTaskRecord>> QueryTasksAsync(TaskQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Take, 500);
        var tasks = db.Set<WfUserTask>().AsNoTracking();
        if (!query.IncludeClosed) tasks = tasks.Where(t => t.Status == UserTaskStatus.Open);
        if (query.InstanceId is { } instanceId) tasks = tasks.Where(t => t.InstanceId == instanceId);
        if (InboxFilter(query) is { } filter) tasks = tasks.Where(filter);

        var total = await tasks.CountAsync(cancellationToken);
        var page = await tasks.OrderBy(t => t.CreatedAtUtc).ThenBy(t => t.Id).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return new PagedResult<UserTaskRecord>(page.Select(ToRecord).ToList(), total, query.Skip, query.Take);
    }

    /// <inheritdoc />
    public async Task<PagedResult<CarbonCopyRecord>> QueryCarbonCopiesAsync(string recipient, bool unreadOnly, int skip, int take, CancellationToken cancellationToken = default)
    {
        var copies = db.Set<WfCarbonCopy>().AsNoTracking().Where(c => c.Recipient == recipient);
        if (unreadOnly) copies = copies.Where(c => c.ReadAtUtc == null);
        var total = await copies.CountAsync(cancellationToken);
        var page = await copies.OrderByDescending(c => c.CreatedAtUtc).ThenBy(c => c.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new PagedResult<CarbonCopyRecord>(page.Select(ToRecord).ToList(), total, skip, take);
    }

    /// <inheritdoc />
    public async Task<bool> MarkCarbonCopyReadAsync(Guid carbonCopyId, string recipient, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var readAt = Utc(at);
        var marked = await db.Set<WfCarbonCopy>()
            .Where(c => c.Id == carbonCopyId && c.Recipient == recipient && c.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReadAtUtc, readAt), cancellationToken);
        return marked == 1 || await db.Set<WfCarbonCopy>().AnyAsync(c => c.Id == carbonCopyId && c.Recipient == recipient, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxMessage>> GetPendingOutboxAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<WfOutboxMessage>().AsNoTracking()
            .Where(m => m.DispatchedAtUtc == null)
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
            .Take(maxCount)
            .ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
    }

    /// <inheritdoc />
    public async Task MarkOutboxDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var dispatchedAt = Utc(at);
        await db.Set<WfOutboxMessage>().Where(m => m.Id == messageId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAtUtc, dispatchedAt), cancellationToken);
    }

    /// <summary>
    /// Assigned to the user or unassigned naming the user among its candidate users; or unassigned with one of the user's
    /// roles in one of the user's scopes; or the union.
    /// </summary>
    private Expression<Func<WfUserTask, bool>>? InboxFilter(TaskQuery query)
    {
        var assignee = query.Assignee;
        var listed = "," + assignee + ",";
        Expression<Func<WfUserTask, bool>>? assigned = assignee is null ? null
            : t => t.Assignee == assignee || (t.Assignee == null && t.CandidateUsers != null && ("," + t.CandidateUsers + ",").Contains(listed));
        if (query.CandidateRoles is null) return assigned;

        var roles = query.CandidateRoles.ToList();
        var candidates = db.Set<WfTaskCandidate>();
        Expression<Func<WfUserTask, bool>> claimable;
        if (query.CandidateScopes is null)
        {
            claimable = t => t.Assignee == null && candidates.Any(c => c.TaskId == t.Id && roles.Contains(c.Role));
        }
        else
        {
            var scopes = query.CandidateScopes.ToList();
            claimable = t => t.Assignee == null && candidates.Any(c => c.TaskId == t.Id && roles.Contains(c.Role))
                && (t.CandidateScope == null || scopes.Contains(t.CandidateScope));
        }

        return assigned is null ? claimable : Or(assigned, claimable);
    }

    private static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new ParameterSwap(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, rightBody), parameter);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
