using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Publishing;
using TaskAdmission.Core.Lists.Refinement;

namespace TaskAdmission.Application.Lists;

public sealed partial class ListService
{
    /// <summary>
    /// Adds an item to a draft (<paramref name="itemId"/> null) or changes one. The item is checked with the import's
    /// rules and, in a district draft, with the refinement rules, so a re-allowed prohibition is refused here already.
    /// </summary>
    public async Task<ListResult<ListItem>> SaveItemAsync(
        Guid setId, Guid? itemId, ListItemInput input, ListActor actor, CancellationToken ct = default)
    {
        var set = await LoadEditableAsync(setId, actor, ct);
        if (!set.Succeeded)
        {
            return set.Failure<ListItem>();
        }

        var draft = set.Value!;
        var existing = itemId is { } id ? draft.Items.FirstOrDefault(i => i.Id == id) : null;
        if (itemId is not null && existing is null)
        {
            return ListResult<ListItem>.NotFound();
        }

        var others = draft.Items.Where(i => i != existing).ToList();
        var departments = await DepartmentsForAsync(draft.AuthorityOrgUnitCode, ct);
        var (checkedItem, problems) = ListItemInputValidator.Validate(input, departments, draft.ParentListSetId is not null, others);
        if (checkedItem is null)
        {
            return ListResult<ListItem>.Invalid(problems);
        }

        if (draft.ParentListSetId is { } parentId)
        {
            var cityItems = await db.ListItems.AsNoTracking().Where(i => i.ListSetId == parentId).ToListAsync(ct);
            // The whole draft, because a sub-item is measured against its parent as this district narrowed it.
            var refinement = RefinementValidator.ValidateItems(cityItems, [.. others, checkedItem])
                .Where(p => ListCodes.AreEqual(p.ItemCode, checkedItem.Code))
                .ToList();
            if (refinement.Count > 0)
            {
                return ListResult<ListItem>.Invalid(refinement);
            }
        }

        var item = existing ?? new ListItem
        {
            Id = Guid.CreateVersion7(),
            ListSetId = draft.Id,
            SortOrder = draft.Items.Count == 0 ? 1 : draft.Items.Max(i => i.SortOrder) + 1,
        };
        item.Kind = checkedItem.Kind;
        item.Code = checkedItem.Code;
        item.ParentCode = checkedItem.ParentCode;
        item.TitleZh = checkedItem.TitleZh;
        item.TitleEn = checkedItem.TitleEn;
        item.Category = checkedItem.Category;
        item.DepartmentCode = checkedItem.DepartmentCode;
        item.LegalBasis = checkedItem.LegalBasis;
        item.AllowedDemands = checkedItem.AllowedDemands;
        item.Notes = checkedItem.Notes;
        if (existing is null)
        {
            db.ListItems.Add(item);
        }

        Touch(draft);
        audit.Record(actor.UserName, existing is null ? "list.item.add" : "list.item.update", $"listset:{draft.Id}",
            $"code={item.Code}; kind={item.Kind}; demands={DemandKinds.Format(item.AllowedDemands)}");
        return await SaveAsync(item, ct);
    }

    public async Task<ListResult<ListItem>> RemoveItemAsync(Guid setId, Guid itemId, ListActor actor, CancellationToken ct = default)
    {
        var set = await LoadEditableAsync(setId, actor, ct);
        if (!set.Succeeded)
        {
            return set.Failure<ListItem>();
        }

        var item = set.Value!.Items.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return ListResult<ListItem>.NotFound();
        }

        db.ListItems.Remove(item);
        Touch(set.Value);
        audit.Record(actor.UserName, "list.item.remove", $"listset:{setId}", $"code={item.Code}");
        return await SaveAsync(item, ct);
    }

    /// <summary>Deletes a draft and its items (published sets are kept for ever: past admissions refer to them).</summary>
    public async Task<ListResult<ListSet>> DeleteDraftAsync(Guid setId, ListActor actor, CancellationToken ct = default)
    {
        var set = await LoadEditableAsync(setId, actor, ct);
        if (!set.Succeeded)
        {
            return set;
        }

        db.ListSets.Remove(set.Value!);
        audit.Record(actor.UserName, "list.draft.delete", $"listset:{setId}",
            $"authority={set.Value!.AuthorityOrgUnitCode}; version={set.Value.VersionLabel}; items={set.Value.Items.Count}");
        return await SaveAsync(set.Value, ct);
    }

    /// <summary>A tracked draft in the actor's scope; not found, or refused through ListPublishing.EnsureEditable.</summary>
    private async Task<ListResult<ListSet>> LoadEditableAsync(Guid setId, ListActor actor, CancellationToken ct)
    {
        var set = await db.ListSets.Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == setId, ct);
        if (set is null || !await CanManageAsync(actor, set.AuthorityOrgUnitCode, ct))
        {
            return ListResult<ListSet>.NotFound();
        }

        try
        {
            ListPublishing.EnsureEditable(set);
        }
        catch (ListSetNotEditableException e)
        {
            return ListResult<ListSet>.Invalid([e.Problem]);
        }

        return ListResult<ListSet>.Done(set);
    }

    /// <summary>Saves; a concurrent publish or edit of the same set (its revision moved on) becomes a conflict, not an error.</summary>
    private async Task<ListResult<T>> SaveAsync<T>(T value, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ListResult<T>.Done(value);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ListResult<T>.Conflict();
        }
    }
}
