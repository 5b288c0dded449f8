using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages;

/// <summary>Turns an assignment query into views with department, decision and exit state, in one round trip.</summary>
internal static class AssignmentQueries
{
    public static async Task<List<AssignmentView>> ViewsAsync(AppDbContext db, IQueryable<Assignment> assignments, CancellationToken ct,
        DecisionVerdictCache? verdicts = null) =>
        (await ViewsJudgedAsync(db, assignments, ct, verdicts)).Views;

    /// <summary>The views and the oldest moment a decision verdict they show was judged (a copy must not outlive it).</summary>
    public static async Task<(List<AssignmentView> Views, long JudgedAt)> ViewsJudgedAsync(AppDbContext db, IQueryable<Assignment> assignments,
        CancellationToken ct, DecisionVerdictCache? verdicts = null)
    {
        var rows = await RowsAsync(db, assignments, ct);
        var (checks, judgedAt) = await JudgeAsync(db, rows, verdicts, ct);
        return (Build(rows, checks), judgedAt);
    }

    /// <summary>Stage 1 (one statement): the rows, with only the columns a view needs.</summary>
    internal static Task<List<AssignmentRow>> RowsAsync(AppDbContext db, IQueryable<Assignment> assignments, CancellationToken ct) => (
            from a in assignments.AsNoTracking()
            join d in db.Decisions on a.DecisionId equals d.Id
            join s in db.Submissions on a.SubmissionId equals s.Id
            join dep in db.Departments on a.DepartmentCode equals dep.Code into deps
            from dep in deps.DefaultIfEmpty()
            select new AssignmentRow
            {
                Id = a.Id, SubmissionId = a.SubmissionId, VillageCode = a.VillageCode, Title = a.Title, DepartmentCode = a.DepartmentCode,
                DemandsJson = a.DemandsJson, ListItemsJson = a.ListItemsJson, StartDate = a.StartDate, DueDate = a.DueDate, EndDate = a.EndDate,
                Emergency = a.Emergency, FundingYuan = a.FundingYuan, FundingState = a.FundingState, TrainingState = a.TrainingState,
                StaffState = a.StaffState, EquipmentState = a.EquipmentState, Status = a.Status, DispatchedAtUtc = a.DispatchedAtUtc,
                AcknowledgedAtUtc = a.AcknowledgedAtUtc, CompletedAtUtc = a.CompletedAtUtc,
                Decision = d, Number = s.Number,
                DepZh = dep == null ? null : dep.NameZh,
                DepEn = dep == null ? null : dep.NameEn,
                // The deciding unit's names as a look-up by key, not a join: with few decisions in its statistics
                // PostgreSQL merge-joined org_units in code order, reading thousands of the city's 10,000 units for a
                // dozen rows (issue 20: most of the slowest inbox statements' time), and a prepared plan keeps that choice.
                // Both names in one look-up (AssignmentRow.UnitNames): two read the same index and row twice, 46 % of
                // an inbox miss's buffers.
                UnitNames = db.OrgUnits.Where(u => u.Code == d.OrgUnitCode).Select(u => u.NameZh + AssignmentRow.UnitNameSeparator + u.NameEn).FirstOrDefault(),
                ExitPending = db.ExitRequests.Any(e => e.AssignmentId == a.Id && e.Status == ExitRequestStatus.Pending),
            }).ToListAsync(ct);

    /// <summary>
    /// The open inbox's rows (<see cref="RowsAsync"/> of <see cref="AdmittedWork.ForVillage"/>'s open work, due first, at
    /// most <see cref="VillageInboxService.MaxRows"/>) as a compiled query: EF neither walks nor hashes the expression
    /// tree per call to find its cached plan, which was most of the CPU of an inbox read after a change (1.6 → 0.7 ms,
    /// 147 → 36 KiB). A compiled query cannot call <see cref="AdmittedWork.ForVillage"/>, so its gate is written out here
    /// once more, word for word; <c>OpenInboxGateTests</c> hold it to the shared gate for every exclusion.
    /// </summary>
    /// <remarks>
    /// A single query (<c>AsSingleQuery</c>), though the contexts split queries by default: it has no collection to split,
    /// and under split-query behaviour EF Core buffers every result set (Npgsql's provider counts a split-query context as
    /// buffering) — each column copied into typed arrays, strings and dates boxed into object arrays, before a row is
    /// made (issue 20: that buffer was most of a miss's object and value-type arrays). The rows are read to the end at
    /// once here either way, so streaming them changes nothing else. The village's code is not read back: the rows are
    /// the village's by the statement's filter.
    /// </remarks>
    /// <param name="unitNames">The deciding units' names (<see cref="DecidingUnitNames"/>), or null: the statement then looks
    /// each row's up itself. A unit not among them (none is, as a village never decides) is looked up after the rows.</param>
    internal static async Task<List<AssignmentRow>> OpenRowsAsync(AppDbContext db, string village, CancellationToken ct,
        IReadOnlyDictionary<string, string>? unitNames = null)
    {
        var rows = new List<AssignmentRow>();
        // A compiled query runs against the one model it was first run with: one per model (SQLite and PostgreSQL
        // share a process in the tests, and could in a tool).
        var queries = CompiledOpenRows.GetValue(db.Model, static _ => new(EF.CompileAsyncQuery(OpenRowsWith(true)), EF.CompileAsyncQuery(OpenRowsWith(false))));
        List<string>? unknown = null;
        await foreach (var row in (unitNames is null ? queries.WithNames : queries.WithoutNames)(db, village).WithCancellation(ct))
        {
            // Not read: the statement's own filter (a.VillageCode = village, an exact comparison in both providers).
            row.VillageCode = village;
            if (unitNames is not null)
            {
                if (unitNames.TryGetValue(row.Decision.OrgUnitCode, out var names))
                {
                    row.UnitNames = names;
                }
                else
                {
                    (unknown ??= []).Add(row.Decision.OrgUnitCode);
                }
            }
            rows.Add(row);
        }
        if (unknown is not null)
        {
            // The statement's look-up for the rest (a unit without names stays without, as there): one more statement.
            var found = await UnitNamesAsync(db.OrgUnits.Where(u => unknown.Contains(u.Code)), ct);
            foreach (var row in rows)
            {
                row.UnitNames ??= found.GetValueOrDefault(row.Decision.OrgUnitCode);
            }
        }
        return rows;
    }

    /// <summary>
    /// These units' names joined as <see cref="AssignmentRow.UnitNames"/> joins them, by code: for the rows of
    /// <see cref="OpenRowsAsync"/> read without them, and for <see cref="DecidingUnitNames"/>.
    /// </summary>
    internal static Task<Dictionary<string, string>> UnitNamesAsync(IQueryable<OrgUnit> units, CancellationToken ct) =>
        units.AsNoTracking().Select(u => new { u.Code, Names = u.NameZh + AssignmentRow.UnitNameSeparator + u.NameEn })
            .ToDictionaryAsync(u => u.Code, u => u.Names, StringComparer.Ordinal, ct);

    private sealed record OpenRowsQueries(
        Func<AppDbContext, string, IAsyncEnumerable<AssignmentRow>> WithNames,
        Func<AppDbContext, string, IAsyncEnumerable<AssignmentRow>> WithoutNames);

    private static readonly ConditionalWeakTable<IModel, OpenRowsQueries> CompiledOpenRows = new();

    /// <summary>
    /// <see cref="OpenRows"/> with <c>names</c> fixed: two statements, not one with the choice as a parameter — PostgreSQL
    /// would then plan a parameter-dependent CASE afresh at every execution (custom plans: 3,222 of 3,222 reads on one
    /// connection in read-paths), where each fixed statement keeps one generic plan.
    /// </summary>
    private static Expression<Func<AppDbContext, string, IQueryable<AssignmentRow>>> OpenRowsWith(bool names)
    {
        var fixedNames = new ReplaceParameter(OpenRows.Parameters[2], Expression.Constant(names)).Visit(OpenRows.Body);
        return Expression.Lambda<Func<AppDbContext, string, IQueryable<AssignmentRow>>>(fixedNames, OpenRows.Parameters[0], OpenRows.Parameters[1]);
    }

    private sealed class ReplaceParameter(ParameterExpression parameter, Expression by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? by : base.VisitParameter(node);
    }

    /// <remarks><c>names</c> false leaves the deciding unit's names out (the caller has them); fixed by <see cref="OpenRowsWith"/>.</remarks>
    private static readonly Expression<Func<AppDbContext, string, bool, IQueryable<AssignmentRow>>> OpenRows =
        (AppDbContext db, string village, bool names) =>
            (from a in (
                from a in db.Assignments
                join v in db.SubmissionVillages on new { a.SubmissionId, a.VillageCode } equals new { v.SubmissionId, v.VillageCode }
                join s in db.Submissions on a.SubmissionId equals s.Id
                where a.VillageCode == village && v.Admitted && AdmittedWork.AdmittedStatuses.Contains(s.Status) && a.Status != AssignmentStatus.Cancelled
                    && AdmittedWork.OpenStatuses.Contains(a.Status)
                orderby a.DueDate
                select a).Take(VillageInboxService.MaxRows).AsNoTracking()
            join d in db.Decisions on a.DecisionId equals d.Id
            join s in db.Submissions on a.SubmissionId equals s.Id
            join dep in db.Departments on a.DepartmentCode equals dep.Code into deps
            from dep in deps.DefaultIfEmpty()
            select new AssignmentRow
            {
                Id = a.Id, SubmissionId = a.SubmissionId, Title = a.Title, DepartmentCode = a.DepartmentCode,
                DemandsJson = a.DemandsJson, ListItemsJson = a.ListItemsJson, StartDate = a.StartDate, DueDate = a.DueDate, EndDate = a.EndDate,
                Emergency = a.Emergency, FundingYuan = a.FundingYuan, FundingState = a.FundingState, TrainingState = a.TrainingState,
                StaffState = a.StaffState, EquipmentState = a.EquipmentState, Status = a.Status, DispatchedAtUtc = a.DispatchedAtUtc,
                AcknowledgedAtUtc = a.AcknowledgedAtUtc, CompletedAtUtc = a.CompletedAtUtc,
                Decision = d, Number = s.Number,
                DepZh = dep == null ? null : dep.NameZh,
                DepEn = dep == null ? null : dep.NameEn,
                // By key, not a join, both names at once: see RowsAsync.
                UnitNames = names ? db.OrgUnits.Where(u => u.Code == d.OrgUnitCode).Select(u => u.NameZh + AssignmentRow.UnitNameSeparator + u.NameEn).FirstOrDefault() : null,
                ExitPending = db.ExitRequests.Any(e => e.AssignmentId == a.Id && e.Status == ExitRequestStatus.Pending),
            }).AsSingleQuery();

    /// <summary>
    /// Stage 2: the decision each row rests on, checked against its audit entry — from <paramref name="verdicts"/> for a
    /// decision row already found Verified (the same row in every sealed field, judged within the cache's age), else one query for the
    /// rest, whatever their count. Also the oldest moment a verdict used was judged. A kept verdict judged before
    /// <paramref name="freshFrom"/> (<see cref="Environment.TickCount64"/>) is judged again: a renewal ahead of the
    /// backstop (<see cref="VillageInboxCache.RenewAhead"/>) would otherwise keep its entry only as long as the verdicts it
    /// shows, and they age with it.
    /// </summary>
    internal static async Task<(IReadOnlyDictionary<Guid, DecisionIntegrity> Checks, long JudgedAt)> JudgeAsync(
        AppDbContext db, IReadOnlyList<AssignmentRow> rows, DecisionVerdictCache? verdicts, CancellationToken ct, long freshFrom = long.MinValue)
    {
        var started = Environment.TickCount64;
        var judgedAt = started;
        // Sized once for the rows' decisions (at most one each), not grown through three arrays.
        var checks = new Dictionary<Guid, DecisionIntegrity>(Math.Min(rows.Count, 64));
        List<(string Number, Decision Decision)>? unknown = null;
        Dictionary<Guid, Decision>? judging = null;
        foreach (var row in rows)
        {
            if (checks.ContainsKey(row.Decision.Id) || (judging?.ContainsKey(row.Decision.Id) ?? false))
            {
                continue;
            }
            if (verdicts is not null && verdicts.TryGet(row.Decision, out var at) && at >= freshFrom)
            {
                checks[row.Decision.Id] = DecisionIntegrity.Verified;
                judgedAt = Math.Min(judgedAt, at);
                continue;
            }
            (unknown ??= []).Add((row.Number, row.Decision));
            (judging ??= [])[row.Decision.Id] = row.Decision;
        }
        if (unknown is not null)
        {
            foreach (var (id, integrity) in await new DecisionIntegrityService(db).CheckAsync(unknown, ct))
            {
                checks[id] = integrity;
                if (verdicts is not null && integrity == DecisionIntegrity.Verified)
                {
                    verdicts.Keep(db, judging![id], started);
                }
            }
        }
        return (checks, judgedAt);
    }

    /// <summary>
    /// Stage 3: the views (demands and list items parsed from their JSON, names chosen). What many views hold alike —
    /// the dispatch's title, demands, list items, department names, the admitting decision — is shared
    /// (<see cref="SharedViewParts"/>): a cached inbox then keeps only what is its own (issue 20's survivors of gen0).
    /// </summary>
    internal static List<AssignmentView> Build(IReadOnlyList<AssignmentRow> rows, IReadOnlyDictionary<Guid, DecisionIntegrity> checks)
    {
        var views = new List<AssignmentView>(rows.Count);
        foreach (var r in rows)
        {
            views.Add(new AssignmentView(
                r.Id, r.SubmissionId, r.VillageCode, SharedViewParts.Text(r.Title), SharedViewParts.Text(r.DepartmentCode),
                SharedViewParts.Text(r.DepZh ?? r.DepartmentCode), SharedViewParts.Text(r.DepEn ?? r.DepartmentCode),
                SharedViewParts.DemandsOf(r.DemandsJson), SharedViewParts.ItemsOf(r.ListItemsJson),
                SharedViewParts.Decision(new(r.Decision.Kind, r.Decision.OrgUnitCode, r.UnitNames, r.Decision.DecidedAtUtc, ReasonForPeople(r.Decision),
                    r.Decision.Conditions, r.Decision.ValidUntil, checks[r.Decision.Id])),
                r.StartDate, r.DueDate, r.EndDate, r.Emergency,
                SharedViewParts.Support(new(r.FundingYuan, r.FundingState, r.TrainingState, r.StaffState, r.EquipmentState)),
                r.Status, r.DispatchedAtUtc, r.AcknowledgedAtUtc, r.CompletedAtUtc, r.ExitPending));
        }
        return views;
    }

    /// <summary>
    /// A decision's reason as a village may read it. Two decisions the workflow records itself carry a machine summary
    /// for the audit trail, not for people: the joint review's tally ("jointreview: approve", by "joint-review", naming
    /// logins) and the pre-check's rule codes (by "system:precheck"). For those the kind, body and date say what was
    /// decided. Other system decisions keep their reason: an emergency admission's is the department's own words.
    /// </summary>
    internal static string ReasonForPeople(Decision decision) =>
        decision.DecidedBy is "joint-review" or "system:precheck" ? "" : decision.Reason;

    /// <summary>
    /// The views grouped by due date, earliest first, by title (ordinal) within a day, then by id: one order whatever order
    /// the rows came in, so a village sees work due the same day under the same title in the same order on every read, and
    /// write-through on dispatch (<see cref="Caching.InboxWriteThrough"/>) places new work where a read would (until
    /// session 35 such ties kept the order the statement returned, and write-through evicted the entry instead).
    /// Sorts <paramref name="views"/> in place: pass a list of its own (<see cref="Build"/>'s).
    /// </summary>
    /// <remarks>
    /// By hand, not LINQ's OrderBy/ThenBy/GroupBy (the same order and groups): those copied the views into a buffer, its
    /// keys into two arrays and a map, each group into a growing array and then a list (issue 20: a miss's garbage). The
    /// rows come due first from the statement, so the insertion sort only moves a day's titles.
    /// </remarks>
    public static IReadOnlyList<DueGroup> GroupByDue(List<AssignmentView> views)
    {
        for (var i = 1; i < views.Count; i++)
        {
            var v = views[i];
            var j = i - 1;
            for (; j >= 0 && Before(v, views[j]); j--)
            {
                views[j + 1] = views[j];
            }
            views[j + 1] = v;
        }
        var groups = new List<DueGroup>();
        for (var start = 0; start < views.Count;)
        {
            var end = start + 1;
            while (end < views.Count && views[end].DueDate == views[start].DueDate)
            {
                end++;
            }
            groups.Add(new DueGroup(views[start].DueDate, views.GetRange(start, end - start)));
            start = end;
        }
        return groups;

        static bool Before(AssignmentView a, AssignmentView b) =>
            a.DueDate < b.DueDate || (a.DueDate == b.DueDate && (string.CompareOrdinal(a.Title, b.Title) is var title && (title < 0 || (title == 0 && a.Id.CompareTo(b.Id) < 0))));
    }

    public static bool IsRevocationDecision(DecisionKind kind) => kind is DecisionKind.Revoked or DecisionKind.PostReviewRevoked;
}

/// <summary>One row of <see cref="AssignmentQueries.RowsAsync"/>: the assignment's columns a view needs, its decision and names.</summary>
internal sealed class AssignmentRow
{
    public Guid Id { get; init; }
    public Guid SubmissionId { get; init; }
    public string VillageCode { get; set; } = "";
    public string Title { get; init; } = "";
    public string DepartmentCode { get; init; } = "";
    public string? DemandsJson { get; init; }
    public string? ListItemsJson { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly DueDate { get; init; }
    public DateOnly EndDate { get; init; }
    public bool Emergency { get; init; }
    public decimal FundingYuan { get; init; }
    public SupportState FundingState { get; init; }
    public SupportState TrainingState { get; init; }
    public SupportState StaffState { get; init; }
    public SupportState EquipmentState { get; init; }
    public AssignmentStatus Status { get; init; }
    public DateTime DispatchedAtUtc { get; init; }
    public DateTime? AcknowledgedAtUtc { get; init; }
    public DateTime? CompletedAtUtc { get; init; }
    public Decision Decision { get; init; } = null!;
    public string Number { get; init; } = "";
    public string? DepZh { get; init; }
    public string? DepEn { get; init; }

    /// <summary>
    /// Between the deciding unit's two names in <see cref="UnitNames"/>: a control character, which no name holds (the
    /// units' import, the only way in, refuses them: <c>OrgUnitCsvImport</c>, <c>PlainText.IsClean</c>).
    /// </summary>
    public const string UnitNameSeparator = "\u001F";

    /// <summary>
    /// The deciding unit's Chinese name, <see cref="UnitNameSeparator"/>, its English name (both from one look-up: half
    /// the buffers of two); null without the unit. Kept joined: split only when a decision view is made of it
    /// (<see cref="SharedViewParts.Decision"/>), not for every row whose view is shared.
    /// </summary>
    public string? UnitNames { get; set; }

    /// <summary>The deciding unit's Chinese name; null without the unit.</summary>
    public string? UnitZh => UnitZhOf(UnitNames);

    /// <summary>The deciding unit's English name; null without the unit.</summary>
    public string? UnitEn => UnitEnOf(UnitNames);

    /// <summary>The Chinese name in joined <paramref name="names"/> (all of it without a separator); null without the unit.</summary>
    public static string? UnitZhOf(string? names) =>
        names is null ? null : names.IndexOf(UnitNameSeparator[0], StringComparison.Ordinal) is var at and >= 0 ? names[..at] : names;

    /// <summary>The English name in joined <paramref name="names"/>; null without the unit or without a separator.</summary>
    public static string? UnitEnOf(string? names) =>
        names is null ? null : names.IndexOf(UnitNameSeparator[0], StringComparison.Ordinal) is var at and >= 0 ? names[(at + 1)..] : null;
    public bool ExitPending { get; init; }
}
