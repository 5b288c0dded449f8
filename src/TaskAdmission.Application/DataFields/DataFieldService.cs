using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.DataFields;

/// <summary>
/// The shared field dictionary (数据字段字典): everyone who declares or reads collected fields looks names up in it; a list
/// administrator keeps it — one entry by form, many by CSV/XLSX import (all rows or none, every problem named by row and
/// column, like the list and baseline imports). An entry with the name of a stored one replaces it. Audited.
/// </summary>
public sealed class DataFieldService(AppDbContext db, AuditLog audit, ChinaClock clock)
{
    public async Task<FieldDictionary> DictionaryAsync(CancellationToken ct = default) =>
        new(await db.DataFields.AsNoTracking().ToListAsync(ct));

    /// <summary>Entries whose name or a synonym contains the query (for the submission form's picker); anyone signed in.</summary>
    public async Task<IReadOnlyList<DataField>> SearchAsync(string? query, int max, CancellationToken ct = default) =>
        (await DictionaryAsync(ct)).Search((query ?? "").Length > DataField.NameMax ? query![..DataField.NameMax] : query ?? "", Math.Clamp(max, 1, 100));

    public async Task<DataField> SaveAsync(Actor actor, DataFieldInput input, CancellationToken ct = default)
    {
        EnsureKeeper(actor);
        var stored = await db.DataFields.ToListAsync(ct);
        var problems = DataFieldRules.Validate([input], stored);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var saved = Upsert([input], stored, actor)[0];
        audit.Record(actor.UserName, "datafield.save", $"datafield:{saved.Name}", string.Join("、", saved.Synonyms));
        await SaveChangesAsync(ct);
        return saved;
    }

    /// <summary>Imports a file; refused with every problem when any row is wrong (nothing written). Returns the entries written.</summary>
    public async Task<int> ImportAsync(Actor actor, Stream file, bool xlsx, CancellationToken ct = default)
    {
        EnsureKeeper(actor);
        var (rows, problems) = await DataFieldFile.ReadAsync(file, xlsx, ct);
        var stored = await db.DataFields.ToListAsync(ct);
        problems.AddRange(DataFieldRules.Validate(rows, stored));
        if (problems.Count > 0 || rows.Count == 0)
        {
            throw RefusalException.Invalid(problems.Count > 0 ? problems : [BurdenProblem.At("file", DataFieldProblemCodes.EmptyFile)]);
        }
        Upsert(rows, stored, actor);
        audit.Record(actor.UserName, "datafield.import", "data_fields", $"{rows.Count} entries");
        await SaveChangesAsync(ct);
        return rows.Count;
    }

    public async Task DeleteAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        EnsureKeeper(actor);
        var field = await db.DataFields.FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw RefusalException.NotFound();
        db.DataFields.Remove(field);
        audit.Record(actor.UserName, "datafield.delete", $"datafield:{field.Name}");
        await SaveChangesAsync(ct);
    }

    /// <summary>The whole dictionary as rows of text (header first), the import's shape.</summary>
    public async Task<List<string[]>> ExportRowsAsync(CancellationToken ct = default) =>
        [.. DataFieldFile.Rows((await DictionaryAsync(ct)).Fields)];

    private List<DataField> Upsert(IReadOnlyList<DataFieldInput> inputs, List<DataField> stored, Actor actor)
    {
        var byKey = stored.ToDictionary(f => FieldNames.Key(f.Name), StringComparer.Ordinal);
        var now = clock.UtcNow;
        var saved = new List<DataField>(inputs.Count);
        foreach (var input in inputs)
        {
            var name = FieldNames.Clean(input.Name);
            if (!byKey.TryGetValue(FieldNames.Key(name), out var field))
            {
                field = new DataField { Id = Guid.NewGuid() };
                db.DataFields.Add(field);
                byKey[FieldNames.Key(name)] = field;
            }
            field.Name = name;
            field.NameEn = string.IsNullOrWhiteSpace(input.NameEn) ? null : FieldNames.Clean(input.NameEn);
            field.Group = FieldNames.Clean(input.Group);
            field.Synonyms = [.. input.Synonyms.Select(FieldNames.Clean).Where(s => s.Length > 0 && FieldNames.Key(s) != FieldNames.Key(name)).Distinct()];
            field.UpdatedBy = actor.UserName;
            field.UpdatedAtUtc = now;
            saved.Add(field);
        }
        return saved;
    }

    /// <summary>Only a list administrator keeps the dictionary; anyone else is not found.</summary>
    private static void EnsureKeeper(Actor actor)
    {
        if (actor.Role != AppRoles.ListAdministrator)
        {
            throw RefusalException.NotFound();
        }
    }

    private async Task SaveChangesAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Someone saved the same name at the same moment (unique index): one wins.
            throw RefusalException.Conflict("DataFieldChanged", ex);
        }
    }
}
