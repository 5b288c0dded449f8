using System.Linq.Expressions;
using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows.Inbox;

/// <summary>
/// Which tasks wait for a person: assigned to them, delegated away by them (they own it), or unassigned and claimable —
/// naming them among the candidate users, or naming their role in their own scope (a task without a scope is claimable by
/// every holder of the role, as the process author chose). The database query and the check of one task agree.
/// </summary>
public static class TaskVisibility
{
    /// <summary>The one scope code of an actor (an org unit or a department).</summary>
    public static string? ScopeOf(Actor actor) => actor.OrgUnitCode ?? actor.DepartmentCode;

    public static Expression<Func<WfUserTask, bool>> WaitingFor(Actor actor, IQueryable<WfTaskCandidate> candidates)
    {
        var me = actor.UserName;
        var listed = "," + me + ",";
        var role = actor.Role;
        var scope = ScopeOf(actor);
        return t => t.Status == UserTaskStatus.Open
            && (t.Assignee == me
                || (t.Owner == me && t.Delegation == DelegationState.Pending)
                || (t.Assignee == null
                    && ((t.CandidateUsers != null && ("," + t.CandidateUsers + ",").Contains(listed))
                        || (candidates.Any(c => c.TaskId == t.Id && c.Role == role) && (t.CandidateScope == null || t.CandidateScope == scope)))));
    }

    /// <summary>True when an open task waits for the actor (the same rule as <see cref="WaitingFor"/>).</summary>
    public static bool IsWaitingFor(UserTaskRecord task, Actor actor) =>
        task.Status == UserTaskStatus.Open
        && (task.Assignee == actor.UserName
            || (task.Owner == actor.UserName && task.Delegation == DelegationState.Pending)
            || (task.Assignee is null
                && (task.CandidateUsers.Contains(actor.UserName)
                    || (task.CandidateRoles.Contains(actor.Role) && (task.CandidateScope is null || task.CandidateScope == ScopeOf(actor))))));

    /// <summary>True when the actor is one of the task's candidates (by name, or by role in scope), whoever holds it now.</summary>
    public static bool IsCandidate(UserTaskRecord task, Actor actor) =>
        task.CandidateUsers.Contains(actor.UserName)
        || (task.CandidateRoles.Contains(actor.Role) && (task.CandidateScope is null || task.CandidateScope == ScopeOf(actor)));

    /// <summary>True when the actor may claim the task (unassigned, and the actor is one of its candidates).</summary>
    public static bool MayClaim(UserTaskRecord task, Actor actor) =>
        task.Assignee is null && IsWaitingFor(task, actor);
}
