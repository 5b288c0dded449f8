using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Admission.Recognition.Patterns;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.Publishing;
using TaskAdmission.Core.Lists.Refinement;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Lists;

public sealed partial class ListService
{
    /// <summary>
    /// Adds an item to a draft (<paramref name="itemId"/> null) or changes one. The item is checked with the import's
    /// rules and, in a district draft, with the refinement rules, so a re-allowed prohibition is refused here already.
    /// </summary>
    public async Task<ListItem> SaveItemAsync(
        Guid setId, Guid? itemId, ListItemInput input, Actor actor, CancellationToken ct = default)
    {
        var draft = await LoadEditableAsync(setId, actor, ct);
        var existing = itemId is { } id ? draft.Items.FirstOrDefault(i => i.Id == id) : null;
        if (itemId is not null && existing is null)
        {
            throw RefusalException.NotFound();
        }

        var others = draft.Items.Where(i => i != existing).ToList();
        var departments = await DepartmentsForAsync(draft.AuthorityOrgUnitCode, ct);
        var cityItems = draft.ParentListSetId is { } parentId
            ? await db.ListItems.AsNoTracking().Where(i => i.ListSetId == parentId).ToListAsync(ct)
            : [];
        var problems = new List<ListProblem>();
        var checkedItem = ListItemRules.Check(
            new ListItemRules.Fields(input.Kind, input.Code, input.TitleZh, input.TitleEn, input.Category, input.Department,
                input.LegalBasis, input.AllowedDemands, input.ParentCode, input.Notes, Recognisers: input.Recognisers),
            // No file row to point at: the editor renders a duplicate code with its own text.
            new ListItemRules.Context(null, departments, code => others.Any(i => ListCodes.AreEqual(i.Code, code))
                ? ListProblem.At(ListProblemCode.DuplicateCode, null, ListColumns.Code, code, "")
                : null, HasParentSet: draft.ParentListSetId is not null)
            {
                // The phrases may use the draft's synonym groups and, in a district draft, the city's.
                KnownGroups = SynonymGroups.From([.. cityItems, .. others]),
            },
            problems.Add);
        if (checkedItem is null)
        {
            throw RefusalException.Invalid(problems);
        }

        if (draft.ParentListSetId is not null)
        {
            // The whole draft, because a sub-item is measured against its parent as this district narrowed it.
            var refinement = RefinementValidator.ValidateItems(cityItems, [.. others, checkedItem])
                .Where(p => ListCodes.AreEqual(p.ItemCode, checkedItem.Code))
                .ToList();
            if (refinement.Count > 0)
            {
                throw RefusalException.Invalid(refinement);
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
        item.Recognisers = checkedItem.Recognisers;
        if (existing is null)
        {
            db.ListItems.Add(item);
        }

        Touch(draft);
        audit.Record(actor.UserName, existing is null ? "list.item.add" : "list.item.update", $"listset:{draft.Id}",
            $"code={item.Code}; kind={item.Kind}; demands={DemandKinds.Format(item.AllowedDemands)}; recognisers={PatternParser.SplitCell(item.Recognisers).Count}");
        return await SaveAsync(item, ct);
    }

    public async Task<ListItem> RemoveItemAsync(Guid setId, Guid itemId, Actor actor, CancellationToken ct = default)
    {
        var set = await LoadEditableAsync(setId, actor, ct);
        var item = set.Items.FirstOrDefault(i => i.Id == itemId) ?? throw RefusalException.NotFound();
        db.ListItems.Remove(item);
        Touch(set);
        audit.Record(actor.UserName, "list.item.remove", $"listset:{setId}", $"code={item.Code}");
        return await SaveAsync(item, ct);
    }

    /// <summary>Deletes a draft and its items (published sets are kept for ever: past admissions refer to them).</summary>
    public async Task<ListSet> DeleteDraftAsync(Guid setId, Actor actor, CancellationToken ct = default)
    {
        var set = await LoadEditableAsync(setId, actor, ct);
        db.ListSets.Remove(set);
        audit.Record(actor.UserName, "list.draft.delete", $"listset:{setId}",
            $"authority={set.AuthorityOrgUnitCode}; version={set.VersionLabel}; items={set.Items.Count}");
        return await SaveAsync(set, ct);
    }

    /// <summary>A tracked draft in the actor's scope; not found, or refused through ListPublishing.EnsureEditable.</summary>
    private async Task<ListSet> LoadEditableAsync(Guid setId, Actor actor, CancellationToken ct)
    {
        var set = await db.ListSets.Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == setId, ct);
        if (set is null || !await CanManageAsync(actor, set.AuthorityOrgUnitCode, ct))
        {
            throw RefusalException.NotFound();
        }

        try
        {
            ListPublishing.EnsureEditable(set);
        }
        catch (ListSetNotEditableException e)
        {
            throw RefusalException.Invalid([e.Problem]);
        }

        return set;
    }

    /// <summary>Saves; a concurrent publish or edit of the same set (its revision moved on) becomes a conflict, not an error.</summary>
    private async Task<T> SaveAsync<T>(T value, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return value;
        }
        catch (DbUpdateConcurrencyException e)
        {
            db.ChangeTracker.Clear();
            throw RefusalException.Conflict(ListRefusal.ChangedMeanwhile.ToString(), e);
        }
    }
}
