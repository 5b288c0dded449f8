using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Baselines (基线): a list administrator (民政) records the burden before admission for units in its scope — by form,
/// by CSV/XLSX import (all rows or none: every problem named by row and column) or as a snapshot of the ledger in a
/// chosen period. One figure per unit and kind; recording it again replaces it. Every change is audited with it.
/// </summary>
public sealed class BaselineService(AppDbContext db, AuditLog audit, ChinaClock clock)
{
    public async Task<List<BaselineRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var rows = await db.BurdenBaselines.AsNoTracking().OrderBy(b => b.OrgUnitCode).ThenBy(b => b.Kind).ToListAsync(ct);
        return rows.Where(b => BurdenScope.Includes(org, root, b.OrgUnitCode) && org.Find(b.OrgUnitCode) is not null)
            .Select(b => new BaselineRow(b, AreaView.Of(org.Find(b.OrgUnitCode)!))).ToList();
    }

    /// <summary>The units a figure may be recorded for: the scope and everything under it (villages only when there are at most 500).</summary>
    public async Task<List<AreaView>> UnitsAsync(Actor actor, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var all = new List<AreaView>();
        var stack = new Stack<string>([root]);
        while (stack.Count > 0)
        {
            if (org.Find(stack.Pop()) is not { } unit)
            {
                continue;
            }
            all.Add(AreaView.Of(unit));
            foreach (var child in org.Children(unit.Code).Reverse())
            {
                stack.Push(child.Code);
            }
        }
        return all.Count(u => u.Level == 4) <= 500 ? all : all.Where(u => u.Level < 4).ToList();
    }

    public async Task<BurdenBaseline> SaveAsync(Actor actor, BaselineInput input, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var problems = BaselineRules.Validate(input, code => org.Find(code) is not null && BurdenScope.Includes(org, root, code));
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var saved = await UpsertAsync([input], BaselineOrigin.Form, actor, ct);
        audit.Record(actor.UserName, "burden.baseline.save", $"baseline:{input.OrgUnitCode.Trim()}:{input.Kind}", $"{input.Year}: {input.Items} items, {input.Submissions} submissions");
        await SaveChangesAsync(ct);
        return saved[0];
    }

    /// <summary>Imports a file; refused with every problem when any row is wrong (nothing written). Returns the figures written.</summary>
    public async Task<int> ImportAsync(Actor actor, Stream file, bool xlsx, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var (rows, problems) = await BaselineFile.ReadAsync(file, xlsx, ct);
        var seen = new HashSet<(string, DemandKind)>();
        foreach (var row in rows)
        {
            problems.AddRange(BaselineRules.Validate(row, code => org.Find(code) is not null && BurdenScope.Includes(org, root, code)));
            if (!seen.Add((row.OrgUnitCode.Trim(), row.Kind)))
            {
                problems.Add(BurdenProblem.At(BaselineRules.Fields.Kind, BurdenProblemCodes.DuplicateRow, row.Row, row.OrgUnitCode, row.Kind));
            }
        }
        if (problems.Count > 0 || rows.Count == 0)
        {
            throw RefusalException.Invalid(problems.Count > 0 ? problems : [BurdenProblem.At("file", BurdenProblemCodes.EmptyFile)]);
        }
        await UpsertAsync(rows, BaselineOrigin.Import, actor, ct);
        audit.Record(actor.UserName, "burden.baseline.import", "burden_baselines", $"{rows.Count} figures");
        await SaveChangesAsync(ct);
        return rows.Count;
    }

    /// <summary>
    /// Records the ledger's figures of a period as the baseline of every village under the unit (per kind). A period
    /// shorter than a year is annualised for submissions (× days in the year ÷ days in the period); items are kept.
    /// </summary>
    public async Task<int> SnapshotAsync(Actor actor, string unitCode, BurdenPeriod period, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var code = (unitCode ?? "").Trim();
        if (org.Find(code) is not { } unit || !BurdenScope.Includes(org, root, code))
        {
            throw RefusalException.Invalid([BurdenProblem.At(BaselineRules.Fields.OrgUnit, BurdenProblemCodes.UnknownUnit, null, code)]);
        }
        var area = AreaView.Of(unit);
        var rows = BurdenScope.In(db.BurdenLedger.AsNoTracking(), area).Where(r => r.Year == period.Year);
        var sums = await LedgerQuery.SumAllAsync(rows, r => new { r.VillageCode, r.Kind }, ct);
        var days = BurdenPeriod.OfYear(period.Year).Days;
        var inputs = sums.Select(s => new BaselineInput(s.Key.VillageCode, s.Key.Kind, period.Year, s.Counts.Items(period),
                (int)Math.Round((decimal)s.Counts.Submissions(period) * days / period.Days, MidpointRounding.AwayFromZero), $"{period}"))
            .Where(i => i.Items + i.Submissions > 0).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await UpsertAsync(inputs, BaselineOrigin.Snapshot, actor, ct);
        audit.Record(actor.UserName, "burden.baseline.snapshot", $"org:{code}", $"{period}: {inputs.Count} figures");
        await SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return inputs.Count;
    }

    /// <summary>Records many figures at once for a caller that has already produced them by the rules (the demo seeding).</summary>
    public async Task SaveBaselinesAsync(Actor actor, IReadOnlyList<BaselineInput> inputs, BaselineOrigin origin, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var problems = inputs.SelectMany(i => BaselineRules.Validate(i, code => org.Find(code) is not null && BurdenScope.Includes(org, root, code))).ToList();
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        await UpsertAsync(inputs, origin, actor, ct);
        audit.Record(actor.UserName, "burden.baseline.import", "burden_baselines", $"{inputs.Count} figures ({origin})");
        await SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var (org, root) = await ScopeAsync(actor, ct);
        var baseline = await db.BurdenBaselines.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (baseline is null || !BurdenScope.Includes(org, root, baseline.OrgUnitCode))
        {
            throw RefusalException.NotFound();
        }
        db.BurdenBaselines.Remove(baseline);
        audit.Record(actor.UserName, "burden.baseline.delete", $"baseline:{baseline.OrgUnitCode}:{baseline.Kind}");
        await SaveChangesAsync(ct);
    }

    private async Task<List<BurdenBaseline>> UpsertAsync(IReadOnlyList<BaselineInput> inputs, BaselineOrigin origin, Actor actor, CancellationToken ct)
    {
        var codes = inputs.Select(i => i.OrgUnitCode.Trim()).Distinct().ToList();
        var existing = (await db.BurdenBaselines.Where(b => codes.Contains(b.OrgUnitCode)).ToListAsync(ct)).ToDictionary(b => (b.OrgUnitCode, b.Kind));
        var now = clock.UtcNow;
        var saved = new List<BurdenBaseline>(inputs.Count);
        foreach (var input in inputs)
        {
            var code = input.OrgUnitCode.Trim();
            if (!existing.TryGetValue((code, input.Kind), out var baseline))
            {
                baseline = new BurdenBaseline { Id = Guid.NewGuid(), OrgUnitCode = code, Kind = input.Kind };
                db.BurdenBaselines.Add(baseline);
                existing[(code, input.Kind)] = baseline;
            }
            else
            {
                baseline.Version++;
            }
            baseline.Year = input.Year;
            baseline.Items = input.Items;
            baseline.Submissions = input.Submissions;
            baseline.Origin = origin;
            baseline.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            baseline.RecordedBy = actor.UserName;
            baseline.RecordedAtUtc = now;
            saved.Add(baseline);
        }
        return saved;
    }

    /// <summary>A list administrator's org tree and scope; anyone else is not found.</summary>
    private async Task<(OrgDirectory Org, string Root)> ScopeAsync(Actor actor, CancellationToken ct) =>
        actor.Role == AppRoles.ListAdministrator && actor.OrgUnitCode is { Length: > 0 } root
            ? (await OrgDirectory.LoadAsync(db, ct), root)
            : throw RefusalException.NotFound();

    private async Task SaveChangesAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Someone recorded the same unit and kind at the same moment (unique index or version): one wins.
            throw RefusalException.Conflict("BaselineChanged", ex);
        }
    }
}
