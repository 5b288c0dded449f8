using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Lists.Refinement;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Lists;

public sealed partial class ListService
{
    /// <summary>A new draft: empty, or a copy of another set's items (the usual start of a new version).</summary>
    public async Task<Guid> CreateDraftAsync(
        ListDraftHeader header, Actor actor, Guid? copyItemsFrom = null, CancellationToken ct = default)
    {
        var (set, parent) = await PrepareDraftAsync(header, actor, ct);
        var items = new List<ListItem>();
        if (copyItemsFrom is { } sourceId)
        {
            var source = await FindAsync(sourceId, actor, ct);
            if (source is null || source.AuthorityOrgUnitCode != set.AuthorityOrgUnitCode)
            {
                throw RefusalException.NotFound();
            }

            foreach (var item in source.Items)
            {
                var copy = item.Clone();
                copy.Id = Guid.CreateVersion7();
                items.Add(copy);
            }

            // A copied district draft now refines the chosen city set; say so at once rather than at publish.
            if (parent is not null && RefinementValidator.ValidateItems(parent.Items, items) is { Count: > 0 } problems)
            {
                throw RefusalException.Invalid(problems);
            }
        }

        audit.Record(actor.UserName, "list.draft.create", $"listset:{set.Id}",
            $"authority={set.AuthorityOrgUnitCode}; version={set.VersionLabel}; copyOf={copyItemsFrom}; items={items.Count}");
        await SaveNewSetAsync(set, items, ct);
        return set.Id;
    }

    /// <summary>Checks a new draft's header, scope and parent; returns the unsaved set and the city set it refines.</summary>
    private async Task<(ListSet Set, ListSet? Parent)> PrepareDraftAsync(ListDraftHeader header, Actor actor, CancellationToken ct)
    {
        var authorities = await ManageableAuthoritiesAsync(actor, ct);
        var authority = authorities.FirstOrDefault(u => u.Code == header.AuthorityOrgUnitCode);
        if (authority is null)
        {
            throw RefusalException.NotFound();
        }

        var problems = new List<ListProblem>();
        var name = header.Name?.Trim() ?? "";
        var version = header.VersionLabel?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add(new ListProblem(ListProblemCode.MissingSetName, null, "name", null, []));
        }
        else if (name.Length > ListFieldLimits.SetName)
        {
            problems.Add(new ListProblem(ListProblemCode.TooLong, null, "name", null, [$"{ListFieldLimits.SetName}", $"{name.Length}"]));
        }

        if (version.Length == 0)
        {
            problems.Add(new ListProblem(ListProblemCode.MissingVersionLabel, null, "version_label", null, []));
        }
        else if (version.Length > ListFieldLimits.VersionLabel)
        {
            problems.Add(new ListProblem(ListProblemCode.TooLong, null, "version_label", null, [$"{ListFieldLimits.VersionLabel}", $"{version.Length}"]));
        }
        else
        {
            var labels = await db.ListSets.AsNoTracking().Where(s => s.AuthorityOrgUnitCode == authority.Code).Select(s => s.VersionLabel).ToListAsync(ct);
            if (labels.Any(l => string.Equals(l.Trim(), version, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new ListProblem(ListProblemCode.DuplicateVersionLabel, null, "version_label", null, [version]));
            }
        }

        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }

        ListSet? parent = null;
        if (authority.Kind == OrgUnitKind.City)
        {
            if (header.ParentListSetId is not null)
            {
                throw Refused(ListRefusal.ParentOnlyForDistricts);
            }
        }
        else
        {
            var cityCode = authority.ParentCode ?? "";
            if (header.ParentListSetId is { } parentId)
            {
                parent = await db.ListSets.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == parentId, ct);
                if (parent is null || parent.AuthorityOrgUnitCode != cityCode || parent.Status == ListSetStatus.Draft)
                {
                    throw Refused(ListRefusal.ParentNotCitySet);
                }
            }
            else
            {
                parent = await DefaultParentAsync(cityCode, ct);
                if (parent is null)
                {
                    throw Refused(ListRefusal.NoCitySetToRefine);
                }
            }
        }

        var set = new ListSet
        {
            Id = Guid.CreateVersion7(),
            AuthorityOrgUnitCode = authority.Code,
            Name = name,
            VersionLabel = version,
            Status = ListSetStatus.Draft,
            ParentListSetId = parent?.Id,
            CreatedAt = clock.UtcNow,
            CreatedBy = actor.UserName,
        };
        return (set, parent);
    }

    /// <summary>A refusal about org units and sets rather than list content: one problem of the whole set.</summary>
    private static RefusalException Refused(ListRefusal refusal) => RefusalException.Invalid("", refusal.ToString());

    /// <summary>The city set in force today, else the latest published one: what a new district draft refines by default.</summary>
    private async Task<ListSet?> DefaultParentAsync(string cityCode, CancellationToken ct)
    {
        var candidates = await db.ListSets.AsNoTracking()
            .Where(s => s.AuthorityOrgUnitCode == cityCode && s.Status == ListSetStatus.Published)
            .ToListAsync(ct);
        var chosen = ListsInForceResolver.SelectInForce(cityCode, Today, candidates)
            ?? candidates.OrderByDescending(s => s.EffectiveFrom).FirstOrDefault();
        return chosen is null ? null
            : await db.ListSets.AsNoTracking().Include(s => s.Items).FirstAsync(s => s.Id == chosen.Id, ct);
    }
}
