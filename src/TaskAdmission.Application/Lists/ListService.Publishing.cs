using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Diff;
using TaskAdmission.Core.Lists.Publishing;
using TaskAdmission.Core.Lists.Refinement;

namespace TaskAdmission.Application.Lists;

public sealed partial class ListService
{
    /// <summary>
    /// Publishes a draft from <paramref name="effectiveFrom"/>, closing the authority's open version the day before,
    /// in one serializable transaction with the audit row. A district draft must pass the refinement rules against
    /// the city set it refines. Two publishers racing (same draft, or two drafts of one authority) cannot both win:
    /// the revision token and the serializable transaction turn the loser into <see cref="ListOutcome.Conflict"/>.
    /// </summary>
    public async Task<ListResult<ListSet>> PublishAsync(Guid setId, DateOnly effectiveFrom, ListActor actor, CancellationToken ct = default)
    {
        var scope = await ManageableAuthorityCodesAsync(actor, ct);
        var result = await InSerializableTransactionAsync(async () =>
        {
            var draft = await db.ListSets.Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == setId, ct);
            if (draft is null || !scope.Contains(draft.AuthorityOrgUnitCode))
            {
                return ListResult<ListSet>.NotFound();
            }

            var others = await db.ListSets.Where(s => s.AuthorityOrgUnitCode == draft.AuthorityOrgUnitCode && s.Id != setId).ToListAsync(ct);
            var problems = new List<ListProblem>();
            if (draft.ParentListSetId is { } parentId)
            {
                var parent = await db.ListSets.AsNoTracking().Include(s => s.Items).FirstAsync(s => s.Id == parentId, ct);
                problems.AddRange(RefinementValidator.Validate(parent, draft));
            }

            var plan = problems.Count == 0
                ? ListPublishing.Publish(draft, effectiveFrom, others, clock.GetUtcNow().UtcDateTime, actor.UserName)
                : ListPublishing.Validate(draft, effectiveFrom, others);
            problems.AddRange(plan.Problems);
            if (problems.Count > 0)
            {
                return ListResult<ListSet>.Invalid(problems);
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
            return ListResult<ListSet>.Done(draft);
        }, ct);
        if (result.Succeeded)
        {
            mergedCache.Invalidate(result.Value!.AuthorityOrgUnitCode);
        }

        return result;
    }

    /// <summary>Retires a published set after <paramref name="lastDay"/>; it still answers for the dates it covered.</summary>
    public async Task<ListResult<ListSet>> RetireAsync(Guid setId, DateOnly lastDay, ListActor actor, CancellationToken ct = default)
    {
        var scope = await ManageableAuthorityCodesAsync(actor, ct);
        var result = await InSerializableTransactionAsync(async () =>
        {
            var set = await db.ListSets.FirstOrDefaultAsync(s => s.Id == setId, ct);
            if (set is null || !scope.Contains(set.AuthorityOrgUnitCode))
            {
                return ListResult<ListSet>.NotFound();
            }

            var problems = ListPublishing.Retire(set, lastDay);
            if (problems.Count > 0)
            {
                return ListResult<ListSet>.Invalid(problems);
            }

            Touch(set);
            audit.Record(actor.UserName, "list.retire", $"listset:{set.Id}",
                $"authority={set.AuthorityOrgUnitCode}; version={set.VersionLabel}; effectiveTo={set.EffectiveTo:yyyy-MM-dd}");
            await db.SaveChangesAsync(ct);
            return ListResult<ListSet>.Done(set);
        }, ct);
        if (result.Succeeded)
        {
            mergedCache.Invalidate(result.Value!.AuthorityOrgUnitCode);
        }

        return result;
    }

    /// <summary>Two readable sets and their differences (older first); null when either is absent or hidden.</summary>
    public async Task<(ListSet Older, ListSet Newer, ListDiffResult Diff)?> DiffAsync(
        Guid olderId, Guid newerId, ListActor? manager = null, CancellationToken ct = default)
    {
        var older = await FindAsync(olderId, manager, ct);
        var newer = await FindAsync(newerId, manager, ct);
        return older is null || newer is null ? null : (older, newer, ListDiff.Compare(older, newer));
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a serializable transaction: BEGIN IMMEDIATE on SQLite (writers queue), SSI on
    /// PostgreSQL. A lost race (revision moved on, or a serialization failure) rolls back and answers Conflict.
    /// </summary>
    private async Task<ListResult<T>> InSerializableTransactionAsync<T>(Func<Task<ListResult<T>>> work, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var result = await work();
            if (result.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }

            return result;
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || IsSerializationFailure(e))
        {
            db.ChangeTracker.Clear();
            return ListResult<T>.Conflict();
        }
    }

    // Npgsql's execution strategy wraps the failure (InvalidOperationException > DbUpdateException > PostgresException).
    private static bool IsSerializationFailure(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected })
            {
                return true;
            }
        }

        return false;
    }
}
