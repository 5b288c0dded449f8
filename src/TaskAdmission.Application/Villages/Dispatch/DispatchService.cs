using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Burden;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Notifications;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Villages;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Application.Villages.Dispatch;

/// <summary>
/// Dispatch (派发): one assignment per newly admitted village, with a notification to each village and the burden
/// ledger's share. Up to <see cref="VillageOptions.DispatchChunk"/> villages are written in the transaction that admits
/// them; more are queued as a <see cref="DispatchJob"/> in that transaction and written by <see cref="DispatchJobRunner"/>
/// that many at a time, each chunk in its own transaction. Cancellation closes the open assignments of villages that
/// leave the work.
/// </summary>
public sealed class DispatchService(AppDbContext db, WorkingCalendar calendar, IOptions<VillageOptions> options, ChinaClock clock, AuditLog audit,
    VillageInboxCache inboxCache, BurdenLedger ledger, DispatchSignal signal, DispatchSources sources, DecisionVerdictCache verdicts)
{
    /// <summary>
    /// Dispatches the admitted villages that have no assignment yet, in the caller's transaction, or queues them for the
    /// dispatch worker when there are more than one chunk's worth; returns how many it dispatched now. Call after the
    /// decision is saved.
    /// </summary>
    /// <remarks>
    /// A queued village sees the task when its chunk commits, a moment after the decision: nothing is shown to a village
    /// before its assignment exists, and an assignment is written only for a village whose row is admitted when its
    /// chunk runs.
    /// </remarks>
    public Task<int> DispatchAsync(Submission submission, CancellationToken ct = default) => DispatchAsync(submission, submission.Villages, ct);

    /// <summary>
    /// <see cref="DispatchAsync(Submission, CancellationToken)"/> with the submission's village rows given apart from it
    /// (read without tracking by a workflow step that does not load them into the submission).
    /// </summary>
    public async Task<int> DispatchAsync(Submission submission, IReadOnlyList<SubmissionVillage> villages, CancellationToken ct = default)
    {
        var fresh = await FreshAsync(submission, villages, ct);
        if (fresh.Count == 0)
        {
            return 0;
        }
        if (fresh.Count > options.Value.DispatchChunk)
        {
            await QueueAsync(submission, fresh.Count, ct);
            return 0;
        }
        return await WriteAsync(submission, fresh, await ListItemsAsync(submission, ct), audited: true, ct);
    }

    /// <summary>Dispatches every admitted village without an assignment in the caller's transaction, however many (seeding demo work).</summary>
    public async Task<int> DispatchAllNowAsync(Submission submission, CancellationToken ct = default)
    {
        var fresh = await FreshAsync(submission, submission.Villages, ct);
        return fresh.Count == 0 ? 0 : await WriteAsync(submission, fresh, await ListItemsAsync(submission, ct), audited: true, ct);
    }

    /// <summary>
    /// One chunk of a queued dispatch, in the caller's transaction: up to <paramref name="max"/> of the submission's
    /// admitted villages that have no assignment yet, in code order. Returns how many it wrote, whether more are left
    /// (none when the submission is no longer admitted: a withdrawal or cancellation that came first ends the job, and
    /// the result says it stopped) and the submission's number (null when it is gone). It does not audit: the job audits once, when it ends
    /// (<see cref="DispatchJobRunner"/>); each assignment names its decision and time.
    /// </summary>
    /// <remarks>
    /// What every chunk of a job writes the same — title, demands, list items, dates, the admitting decision of each
    /// township — comes from the submission as the job's first chunk on this node read it (<see cref="DispatchSources"/>),
    /// kept while the submission's version is the one read with its row lock: every change to a submission (a decision,
    /// a revision, a withdrawal, a revocation) raises its version. Before, each chunk read the submission with its
    /// demands and decisions again (3 statements), and its list items (1).
    /// </remarks>
    public async Task<DispatchChunk> DispatchChunkAsync(Guid submissionId, int max, CancellationToken ct = default)
    {
        // Decisions, withdrawals and cancellations change the submission's row before its assignments: holding the
        // row, this chunk reads their outcome and they read this chunk's rows, never half of each. One statement takes
        // the lock and reads what tells whether the kept copy still holds.
        (SubmissionStatus Status, int Version, string Number)? head;
        if (db.Database.IsNpgsql())
        {
            var row = (await db.Database.SqlQuery<SubmissionHead>(
                $"SELECT \"Status\", \"Version\", \"Number\" FROM submissions WHERE \"Id\" = {submissionId} FOR NO KEY UPDATE").ToListAsync(ct)).FirstOrDefault();
            head = row is null ? null : (Enum.Parse<SubmissionStatus>(row.Status), row.Version, row.Number);
        }
        else
        {
            var row = await db.Submissions.Where(s => s.Id == submissionId).Select(s => new { s.Status, s.Version, s.Number }).FirstOrDefaultAsync(ct);
            head = row is null ? null : (row.Status, row.Version, row.Number);
        }
        if (head is not { } found || !AdmittedWork.IsAdmitted(found.Status))
        {
            sources.Forget(submissionId);
            return new DispatchChunk(0, false, head?.Number, Stopped: true);
        }
        if (!sources.TryGet(submissionId, found.Version, out var source))
        {
            var submission = await db.Submissions.AsNoTracking().Include(s => s.Demands).Include(s => s.Decisions).AsSplitQuery()
                .FirstAsync(s => s.Id == submissionId, ct);
            source = sources.Keep(submission, await ListItemsAsync(submission, ct));
        }
        // One village more than the chunk is read to know whether another chunk is needed, so a dispatch of
        // an exact multiple of the chunk does not end with an empty transaction.
        var take = max + 1;
        // The village rows need no lock of their own: whatever un-admits a village (a revocation, a decision of a later
        // round) changes the submission's row too (its version), so it waits for this chunk and then cancels what the
        // chunk wrote, or went first and this read sees it. (Locking them FOR SHARE wrote every row and made this read
        // the chunk's most expensive statement.)
        // Chunks go in code order, so the next one starts after the highest village already assigned (none yet: from
        // the first): an index range, no anti-join, and the cursor is read in the same statement. Reading "admitted
        // without an assignment" each time probed every village of the earlier chunks again, and the first chunk's such
        // read, right after the decision's update of every village row, was the job's costliest statement. Only the last
        // chunk (less than a chunk after that village) reads the whole submission, so a village below it (admitted by a
        // later decision, or from an earlier dispatch) is not missed.
        var fresh = await db.SubmissionVillages.AsNoTracking()
            .Where(v => v.SubmissionId == submissionId && v.Admitted
                && string.Compare(v.VillageCode, db.Assignments.Where(a => a.SubmissionId == submissionId).Max(a => (string?)a.VillageCode) ?? "") > 0)
            .OrderBy(v => v.VillageCode).Take(take).ToListAsync(ct);
        if (fresh.Count <= max)
        {
            fresh = await db.SubmissionVillages.AsNoTracking()
                .Where(v => v.SubmissionId == submissionId && v.Admitted
                    && !db.Assignments.Any(a => a.SubmissionId == submissionId && a.VillageCode == v.VillageCode))
                .OrderBy(v => v.VillageCode).Take(take).ToListAsync(ct);
        }
        var chunk = fresh.Take(max).ToList();
        var more = fresh.Count > max;
        if (!more)
        {
            sources.Forget(submissionId);
        }
        return new DispatchChunk(chunk.Count == 0 ? 0 : await WriteAsync(source.Submission, chunk, source.Items, audited: false, ct, writeThrough: true),
            more, found.Number, Stopped: false);
    }

    /// <summary>What a chunk's row lock reads of its submission.</summary>
    private sealed class SubmissionHead
    {
        public string Status { get; init; } = "";

        public int Version { get; init; }

        public string Number { get; init; } = "";
    }

    /// <summary>The submission's admitted villages (as loaded) that have no assignment yet.</summary>
    private async Task<List<SubmissionVillage>> FreshAsync(Submission submission, IReadOnlyList<SubmissionVillage> villages, CancellationToken ct)
    {
        if (!AdmittedWork.IsAdmitted(submission.Status) || !villages.Any(v => v.Admitted))
        {
            return [];
        }
        var existing = (await db.Assignments.AsNoTracking().Where(a => a.SubmissionId == submission.Id)
            .Select(a => a.VillageCode).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return villages.Where(v => v.Admitted && !existing.Contains(v.VillageCode)).ToList();
    }

    /// <summary>
    /// The assignments, ledger share and notifications of these villages, in the caller's transaction; audited here
    /// when <paramref name="audited"/> (a queued job audits once, when it ends).
    /// </summary>
    /// <remarks>
    /// <paramref name="writeThrough"/> (a queued job's chunk): the cached inboxes of its villages are updated at the
    /// commit instead of evicted (<see cref="InboxWriteThrough"/>). Not the decision's own dispatch: its transaction has
    /// just admitted the villages' rows and sealed the decision, so every inbox it touches is evicted as before.
    /// </remarks>
    private async Task<int> WriteAsync(Submission submission, IReadOnlyList<SubmissionVillage> fresh, IReadOnlyList<AssignmentListItems.Item> items, bool audited,
        CancellationToken ct, bool writeThrough = false)
    {
        var plan = Plan(submission, fresh, items);
        await MarkReusedCollectionAsync(submission, plan.Assignments, ct);
        // Before this transaction writes anything: what it reads for the views is what is committed.
        var through = writeThrough ? await WriteThroughAsync(submission, plan.Assignments, ct) : null;
        await BulkInsert.WriteAsync(db, plan.Assignments, ct);
        await ledger.DispatchedAsync(plan.Assignments, ct);
        if (through is null)
        {
            inboxCache.AfterCommit(db, fresh.Select(v => v.VillageCode));
        }
        else
        {
            inboxCache.AfterCommit(db, fresh.Select(v => v.VillageCode).Where(v => !through.ContainsKey(v)));
            inboxCache.DeferThrough(db, through);
        }
        await BulkInsert.WriteAsync(db, plan.Notifications, ct);
        if (audited)
        {
            audit.Record("system:dispatch", "assignment.dispatch", $"submission:{submission.Number}", $"{plan.Assignments.Count} villages");
        }
        return plan.Assignments.Count;
    }

    /// <summary>
    /// For the villages of <paramref name="assignments"/> whose open inbox is cached now, each one's new work as a read
    /// would show it (<see cref="InboxWriteThrough.ViewOf"/>), or why not; null when there is none (or the cache is not
    /// live, or write-through is off). Reads, in the chunk's transaction before it writes: the department's names, the
    /// deciding units' names and the verdict of each decision not kept in <see cref="DecisionVerdictCache"/> — one
    /// statement each, for the whole chunk, and only when some village has an entry.
    /// </summary>
    /// <remarks>
    /// The verdict is judged as a read judges it (against the committed audit entries: this transaction has written none),
    /// and the entry is kept no longer than <see cref="VillageInboxCache.MaxAge"/> after that; it is not kept in the
    /// verdict cache (judged inside a transaction). The names are those committed when they are read; the org marker's
    /// generation is taken before, and an org change signalled since then evicts instead.
    /// </remarks>
    private async Task<Dictionary<string, InboxWriteThrough.Addition>?> WriteThroughAsync(Submission submission, IReadOnlyList<Assignment> assignments,
        CancellationToken ct)
    {
        if (!inboxCache.WritesThrough || !inboxCache.IsLive || db.Database.CurrentTransaction is null)
        {
            return null;
        }
        var present = assignments.Where(a => inboxCache.TryPeek(a.VillageCode, out _)).ToList();
        if (present.Count == 0)
        {
            return null;
        }
        var org = inboxCache.Generation(VillageInboxCache.OrgChanged);
        var department = await db.Departments.AsNoTracking().Where(d => d.Code == submission.DepartmentCode)
            .Select(d => new { d.NameZh, d.NameEn }).FirstOrDefaultAsync(ct);
        var decisions = submission.Decisions.Where(d => present.Any(a => a.DecisionId == d.Id)).ToList();
        var unitCodes = decisions.Select(d => d.OrgUnitCode).Distinct().ToList();
        var units = await AssignmentQueries.UnitNamesAsync(db.OrgUnits.Where(u => unitCodes.Contains(u.Code)), ct);
        var started = Environment.TickCount64;
        var judged = new Dictionary<Guid, (DecisionIntegrity Integrity, long At)>();
        List<(string, Decision)>? unknown = null;
        foreach (var decision in decisions)
        {
            if (verdicts.TryGet(decision, out var at))
            {
                judged[decision.Id] = (DecisionIntegrity.Verified, at);
            }
            else
            {
                (unknown ??= []).Add((submission.Number, decision));
            }
        }
        if (unknown is not null)
        {
            foreach (var (id, integrity) in await new DecisionIntegrityService(db).CheckAsync(unknown, ct))
            {
                judged[id] = (integrity, started);
            }
        }
        var additions = new Dictionary<string, InboxWriteThrough.Addition>(present.Count, StringComparer.Ordinal);
        foreach (var assignment in present)
        {
            var decision = decisions.First(d => d.Id == assignment.DecisionId);
            var (integrity, at) = judged[decision.Id];
            // Only a verified decision: a read judges any other verdict again on every request, and shows what it finds then.
            var view = integrity == DecisionIntegrity.Verified
                ? InboxWriteThrough.ViewOf(assignment, decision, submission.Number, department?.NameZh, department?.NameEn,
                    units.GetValueOrDefault(decision.OrgUnitCode), integrity)
                : null;
            additions[assignment.VillageCode] = new InboxWriteThrough.Addition(view,
                view is not null ? null : integrity != DecisionIntegrity.Verified ? "verdict" : "columns", at, org);
        }
        return additions;
    }

    /// <summary>
    /// Queues the submission's dispatch for the worker, in the caller's transaction (it commits with the decision or not
    /// at all), and wakes the worker once it has committed. A job already queued for the submission is kept: it reads
    /// what is left at each chunk, so it takes these villages too.
    /// </summary>
    private async Task QueueAsync(Submission submission, int villages, CancellationToken ct)
    {
        // The caller changed the submission's row in this transaction (the decision), and a chunk holds that row while it
        // decides whether its job is done: so this read sees either the job a chunk is still running (which will read
        // these villages once this commits) or none, and then a new one is added.
        if (!await db.DispatchJobs.AnyAsync(j => j.SubmissionId == submission.Id, ct))
        {
            var now = clock.UtcNow;
            db.DispatchJobs.Add(new DispatchJob { SubmissionId = submission.Id, CreatedAtUtc = now, NotBeforeUtc = now });
        }
        audit.Record("system:dispatch", "assignment.dispatch.queued", $"submission:{submission.Number}",
            $"{villages} villages, in chunks of {options.Value.DispatchChunk}");
        await db.SaveChangesAsync(ct);
        signal.AfterCommit(db);
    }

    /// <summary>The rows dispatch writes for these villages (public so the benchmark can COPY exactly the same rows).</summary>
    public DispatchPlan Plan(Submission submission, IReadOnlyList<SubmissionVillage> villages, IReadOnlyList<AssignmentListItems.Item> items)
    {
        // Whole microseconds, as PostgreSQL stores them: the time held is the time a read gives back (InboxWriteThrough).
        var now = clock.UtcNow;
        now = now.AddTicks(-(now.Ticks % 10));
        var today = clock.Today;
        var o = options.Value;
        var due = DueDates.Compute(calendar, today, submission.StartDate, submission.EndDate, submission.Emergency, o.DueWorkingDays, o.EmergencyDueWorkingDays);
        var demands = AssignmentDemands.Serialize(submission.Demands.OrderBy(d => d.Position).Select(d => d.ToRequest()));
        var itemsJson = AssignmentListItems.Serialize(items);
        var title = submission.Title.Length > Assignment.TitleMax ? submission.Title[..Assignment.TitleMax] : submission.Title;
        var assignments = new List<Assignment>(villages.Count);
        var notifications = new List<Notification>(villages.Count);
        // The admitting decision depends on the village's township only: found once per township, not sorted again for
        // each of the chunk's villages (a sort buffer and an enumerator per village, issue 20's garbage on the write path).
        var decisions = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var village in villages)
        {
            if (!decisions.TryGetValue(village.TownshipCode, out var decisionId))
            {
                decisions[village.TownshipCode] = decisionId = DecisionFor(submission, village);
            }
            var assignment = new Assignment
            {
                Id = Guid.NewGuid(),
                SubmissionId = submission.Id,
                VillageCode = village.VillageCode,
                TownshipCode = village.TownshipCode,
                DistrictCode = village.DistrictCode,
                DepartmentCode = submission.DepartmentCode,
                DecisionId = decisionId,
                Title = title,
                ListItemsJson = itemsJson,
                DemandsJson = demands,
                StartDate = submission.StartDate,
                DueDate = due,
                EndDate = submission.EndDate,
                Emergency = submission.Emergency,
                FundingYuan = submission.FundingYuanPerVillage,
                FundingState = submission.FundingYuanPerVillage > 0 ? SupportState.Pending : SupportState.NotPromised,
                TrainingState = submission.TrainingProvided ? SupportState.Pending : SupportState.NotPromised,
                StaffState = submission.StaffProvided ? SupportState.Pending : SupportState.NotPromised,
                EquipmentState = submission.EquipmentProvided ? SupportState.Pending : SupportState.NotPromised,
                DispatchedAtUtc = now,
            };
            assignments.Add(assignment);
            notifications.Add(Notifier.Create(NotificationAudience.Village(village.VillageCode), NotificationKind.AssignmentDispatched,
                title, $"/village/assignments/{assignment.Id}", now));
        }
        return new DispatchPlan(assignments, notifications);
    }

    /// <summary>
    /// Closes the open assignments of the given villages (all villages when null) and tells each village; returns how
    /// many were cancelled. Uses set-based statements in the caller's transaction.
    /// </summary>
    public async Task<int> CancelAsync(Submission submission, IReadOnlyCollection<string>? villageCodes, string reason, NotificationKind kind, CancellationToken ct = default)
    {
        var query = db.Assignments.Where(a => a.SubmissionId == submission.Id && AdmittedWork.OpenStatuses.Contains(a.Status));
        if (villageCodes is not null)
        {
            query = query.Where(a => villageCodes.Contains(a.VillageCode));
        }
        var open = await query.AsNoTracking().Select(a => new { a.Id, a.VillageCode }).ToListAsync(ct);
        if (open.Count == 0)
        {
            return 0;
        }
        // Whole microseconds, as PostgreSQL stores them, so the rows this call cancelled can be found again by their stamp.
        var now = clock.UtcNow;
        now = now.AddTicks(-(now.Ticks % 10));
        var text = reason.Length > Submission.ReasonMax ? reason[..Submission.ReasonMax] : reason;
        var ids = open.Select(a => a.Id).ToList();
        var cancelled = await db.Assignments.Where(a => ids.Contains(a.Id) && AdmittedWork.OpenStatuses.Contains(a.Status))
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Status, AssignmentStatus.Cancelled)
                .SetProperty(a => a.CancelledAtUtc, now)
                .SetProperty(a => a.CancelReason, text)
                .SetProperty(a => a.Version, a => a.Version + 1), ct);
        // Exactly the rows this statement cancelled (one a village closed meanwhile was skipped by it): the ledger drops their rest.
        await ledger.ClosedAsync(await db.Assignments.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.Status == AssignmentStatus.Cancelled && a.CancelledAtUtc == now).ToListAsync(ct), ct);
        inboxCache.AfterCommit(db, open.Select(a => a.VillageCode));
        var notifications = open.Select(a => Notifier.Create(NotificationAudience.Village(a.VillageCode), kind, submission.Title, "/village", now)).ToList();
        await BulkInsert.WriteAsync(db, notifications, ct);
        audit.Record("system:dispatch", "assignment.cancel", $"submission:{submission.Number}", $"{cancelled} assignments: {text}");
        return cancelled;
    }

    /// <summary>
    /// A submission that declares it reuses another task's collection: its assignments in villages where that task is
    /// still open are marked, so the ledger does not count their collecting demands again. Decided once, here, from
    /// what runs at dispatch, so the ledger and a recount read the same fact.
    /// </summary>
    private async Task MarkReusedCollectionAsync(Submission submission, IReadOnlyList<Assignment> assignments, CancellationToken ct)
    {
        if (submission.ReusesSubmissionId is not { } reused)
        {
            return;
        }
        var running = (await db.Assignments.AsNoTracking()
            .Where(a => a.SubmissionId == reused && AdmittedWork.OpenStatuses.Contains(a.Status))
            .Select(a => a.VillageCode).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            assignment.CollectionReused = running.Contains(assignment.VillageCode);
        }
    }

    /// <summary>The admission a village's assignment rests on: its township's admit, the joint review's tally, or the emergency admission.</summary>
    private static Guid DecisionFor(Submission submission, SubmissionVillage village) =>
        submission.Decisions.OrderByDescending(d => d.DecidedAtUtc).FirstOrDefault(d =>
            (d.Kind == DecisionKind.Admit && d.OrgUnitCode == village.TownshipCode)
            || (d.Kind == DecisionKind.SpecialAdmission && d.WorkflowTaskId == null)
            || d.Kind == DecisionKind.EmergencyAdmission)?.Id
        ?? throw new InvalidOperationException($"submission {submission.Number}: village {village.VillageCode} is admitted but no admitting decision is recorded");

    private async Task<IReadOnlyList<AssignmentListItems.Item>> ListItemsAsync(Submission submission, CancellationToken ct)
    {
        var codes = submission.ClaimedItemCodes.ToList();
        if (codes.Count == 0)
        {
            return [];
        }
        var found = await (from i in db.ListItems.AsNoTracking()
                           join s in db.ListSets.AsNoTracking() on i.ListSetId equals s.Id
                           where codes.Contains(i.Code) && s.Status != ListSetStatus.Draft
                           orderby s.PublishedAt descending
                           select new { i.Code, i.TitleZh, i.TitleEn }).ToListAsync(ct);
        return codes.Select(c => found.FirstOrDefault(f => string.Equals(f.Code, c, StringComparison.OrdinalIgnoreCase)) is { } f
            ? new AssignmentListItems.Item(c, f.TitleZh, f.TitleEn)
            : new AssignmentListItems.Item(c, "", null)).ToList();
    }
}
