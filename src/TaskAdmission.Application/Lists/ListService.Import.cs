using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.Import;
using TaskAdmission.Core.Lists.Refinement;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Lists;

public sealed partial class ListService
{
    /// <summary>Preview rows kept for display; a 20,000-row file shows its first lines, not all of them.</summary>
    public const int PreviewItems = 50;

    /// <summary>
    /// Imports a CSV or XLSX file into a new draft. Every problem (file, rows, departments, refinement rules,
    /// header) is refused at once (a <see cref="RefusalException"/> listing them all) and nothing is written; otherwise the draft, its items and the audit row are saved
    /// together. With <paramref name="checkOnly"/> nothing is written either way.
    /// </summary>
    public async Task<ListImportOutcome> ImportDraftAsync(
        ListDraftHeader header,
        Stream file,
        ListFileFormat format,
        Actor actor,
        bool checkOnly = false,
        IProgress<int>? progress = null,
        CancellationToken ct = default)
    {
        var (set, parent) = await PrepareDraftAsync(header, actor, ct);
        var options = new ListImportOptions
        {
            Departments = await DepartmentsForAsync(set.AuthorityOrgUnitCode, ct),
            KnownGroups = parent is null ? null : SynonymGroups.From(parent.Items), // a refinement may use the city's synonym groups
        };
        var imported = format == ListFileFormat.Xlsx
            ? await ListXlsxImporter.ImportAsync(file, options, progress, ct)
            : await ListCsvImporter.ImportAsync(file, options, progress, ct);
        if (!imported.Succeeded)
        {
            throw RefusalException.Invalid(imported.Problems);
        }

        var items = imported.Items.ToList();
        if (parent is not null)
        {
            var refinement = RefinementValidator.ValidateItems(parent.Items, items);
            if (refinement.Count > 0)
            {
                throw RefusalException.Invalid(refinement);
            }
        }
        else if (items.FirstOrDefault(i => i.ParentCode is not null) is { } orphan)
        {
            throw RefusalException.Invalid(
                [ListProblem.ForItem(ListProblemCode.ParentCodeWithoutParentSet, orphan.Code, orphan.SortOrder + 1, orphan.ParentCode)]);
        }

        var preview = items.Take(PreviewItems).ToList();
        var counts = items.GroupBy(i => i.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        if (checkOnly)
        {
            return new(null, imported.RowsRead, preview) { KindCounts = counts };
        }

        audit.Record(actor.UserName, "list.import", $"listset:{set.Id}",
            $"authority={set.AuthorityOrgUnitCode}; version={set.VersionLabel}; format={format}; items={items.Count}");
        await SaveNewSetAsync(set, items, ct); // the audit row commits with the set
        return new(set.Id, imported.RowsRead, preview) { KindCounts = counts };
    }

    /// <summary>
    /// Saves a new set and its items (and the audit rows already recorded) in one transaction. The items go in small
    /// batches without the set tracked: EF's fix-up of a List navigation, and a SQLite command with thousands of
    /// statements, both grow quadratically — together they made a 20,000-row import take tens of seconds.
    /// </summary>
    private async Task SaveNewSetAsync(ListSet set, List<ListItem> items, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ListSets.Add(set);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var chunk in items.Chunk(64))
            {
                foreach (var item in chunk)
                {
                    item.ListSetId = set.Id;
                }

                db.ListItems.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        await transaction.CommitAsync(ct);
    }
}
