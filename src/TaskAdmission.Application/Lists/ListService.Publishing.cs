using System.Data;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Diff;
using TaskAdmission.Core.Lists.Publishing;
using TaskAdmission.Core.Lists.Refinement;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Lists;

public sealed partial class ListService
{
    /// <summary>
    /// Publishes a draft from <paramref name="effectiveFrom"/>, closing the authority's open version the day before,
    /// in one serializable transaction with the audit row. A district draft must pass the refinement rules against
    /// the city set it refines. Two publishers racing (same draft, or two drafts of one authority) cannot both win:
    /// the revision token and the serializable transaction turn the loser into a conflict refusal.
    /// </summary>
    public async Task<ListSet> PublishAsync(Guid setId, DateOnly effectiveFrom, Actor actor, CancellationToken ct = default)
    {
        var scope = await ManageableAuthorityCodesAsync(actor, ct);
        var result = await InSerializableTransactionAsync(async () =>
        {
            var draft = await db.ListSets.Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == setId, ct);
            if (draft is null || !scope.Contains(draft.AuthorityOrgUnitCode))
            {
                throw RefusalException.NotFound();
            }

            var others = await db.ListSets.Where(s => s.AuthorityOrgUnitCode == draft.AuthorityOrgUnitCode && s.Id != setId).ToListAsync(ct);
            var problems = new List<ListProblem>();
            if (draft.ParentListSetId is { } parentId)
            {
                var parent = await db.ListSets.AsNoTracking().Include(s => s.Items).FirstAsync(s => s.Id == parentId, ct);
                problems.AddRange(RefinementValidator.Validate(parent, draft));
            }

            var plan = problems.Count == 0
                ? ListPublishing.Publish(draft, effectiveFrom, others, clock.UtcNow, actor.UserName)
                : ListPublishing.Validate(draft, effectiveFrom, others);
            problems.AddRange(plan.Problems);
            if (problems.Count > 0)
            {
                throw RefusalException.Invalid(problems);
            }

            Touch(draft);
            foreach (var closure in plan.Closures)
            {
                var closed = others.Single(s => s.Id == closure.ListSetId);
                Touch(closed);
                audit.Record(actor.UserName, "list.close", $"listset:{closed.Id}",
                    $"version={closed.VersionLabel}; effectiveTo={closure.NewEffectiveTo:yyyy-MM-dd}; by={draft.Id}");
            }

            audit.Record(actor.UserName, "list.publish", $"listset:{draft.Id}",
                $"authority={draft.AuthorityOrgUnitCode}; version={draft.VersionLabel}; effectiveFrom={effectiveFrom:yyyy-MM-dd}; items={draft.Items.Count}");
            await db.SaveChangesAsync(ct);
            return draft;
        }, ct);
        mergedCache.Invalidate(result.AuthorityOrgUnitCode);
        return result;
    }

    /// <summary>Retires a published set after <paramref name="lastDay"/>; it still answers for the dates it covered.</summary>
    public async Task<ListSet> RetireAsync(Guid setId, DateOnly lastDay, Actor actor, CancellationToken ct = default)
    {
        var scope = await ManageableAuthorityCodesAsync(actor, ct);
        var result = await InSerializableTransactionAsync(async () =>
        {
            var set = await db.ListSets.FirstOrDefaultAsync(s => s.Id == setId, ct);
            if (set is null || !scope.Contains(set.AuthorityOrgUnitCode))
            {
                throw RefusalException.NotFound();
            }

            var problems = ListPublishing.Retire(set, lastDay);
            if (problems.Count > 0)
            {
                throw RefusalException.Invalid(problems);
            }

            Touch(set);
            audit.Record(actor.UserName, "list.retire", $"listset:{set.Id}",
                $"authority={set.AuthorityOrgUnitCode}; version={set.VersionLabel}; effectiveTo={set.EffectiveTo:yyyy-MM-dd}");
            await db.SaveChangesAsync(ct);
            return set;
        }, ct);
        mergedCache.Invalidate(result.AuthorityOrgUnitCode);
        return result;
    }

    /// <summary>Two readable sets and their differences (older first); null when either is absent or hidden.</summary>
    public async Task<(ListSet Older, ListSet Newer, ListDiffResult Diff)?> DiffAsync(
        Guid olderId, Guid newerId, Actor? manager = null, CancellationToken ct = default)
    {
        var older = await FindAsync(olderId, manager, ct);
        var newer = await FindAsync(newerId, manager, ct);
        return older is null || newer is null ? null : (older, newer, ListDiff.Compare(older, newer));
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a serializable transaction: BEGIN IMMEDIATE on SQLite (writers queue), SSI on
    /// PostgreSQL. A refusal or a lost race (revision moved on, or a serialization failure) rolls back; the race
    /// becomes a conflict refusal.
    /// </summary>
    private async Task<T> InSerializableTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var result = await work();
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || LostRace.Is(e))
        {
            db.ChangeTracker.Clear();
            throw RefusalException.Conflict(ListRefusal.ChangedMeanwhile.ToString(), e);
        }
    }
}
