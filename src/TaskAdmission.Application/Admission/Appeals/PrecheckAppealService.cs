using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Supervision;
using TaskAdmission.Core.Admission.Appeals;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Admission.Appeals;

/// <summary>
/// Appeals against pre-check refusals (复核申请, workflows/precheck-appeal.bpmn): the department asks, within its window,
/// for a human review of each blocking finding; the district's joint-review office upholds or overrules each one. Only
/// when every blocking finding is overruled does the submission go back to the joint review
/// (<see cref="PrecheckAppealVerdictActivity"/>): one prohibited item upheld is enough to refuse. Every overruled finding
/// lands in the list editors' queue (机审误判记录), whatever became of the appeal.
/// </summary>
public sealed class PrecheckAppealService(AppDbContext db, WorkflowEngine engine, AuditLog audit, ChinaClock clock,
    WorkingCalendar calendar, IOptions<AdmissionOptions> options)
{
    public const string ProcessId = "precheck_appeal";
    public const string ReviewStep = "AppealReview";

    /// <summary>Who refused a submission when the machine did (the system decision of <c>PrecheckRejectedActivity</c>).</summary>
    public const string MachineRefusal = "system:precheck";

    /// <summary>
    /// The department appeals its own submission refused by the pre-check. Another department's submission, or one not
    /// refused by the machine, is not found / not appealable; a second appeal (a retried request) is a conflict and
    /// changes nothing; so is an appeal of a submission already revised as a new one (修改后重新提交): the same work
    /// would otherwise live on twice, once reopened and once as the revision.
    /// </summary>
    public async Task<PrecheckAppeal> AppealAsync(Guid submissionId, AppealInput input, Actor actor, CancellationToken ct = default)
    {
        if (!AppRoles.IsDepartmentScoped(actor.Role) || actor.DepartmentCode is not { } department)
        {
            throw RefusalException.NotFound();
        }
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Decisions)
            .FirstOrDefaultAsync(s => s.Id == submissionId && s.DepartmentCode == department, ct) ?? throw RefusalException.NotFound();
        if (await db.PrecheckAppeals.AsNoTracking().AnyAsync(a => a.SubmissionId == submissionId, ct))
        {
            throw RefusalException.Conflict("AlreadyAppealed");
        }
        if (await RevisedAsNewAsync(submissionId, ct))
        {
            throw RefusalException.Conflict("RevisedAsNew");
        }
        var refusal = MachineRefusalOf(submission) ?? throw RefusalException.Conflict("NotAppealable");
        var district = await DistrictOfAsync(submissionId, refusal, ct);
        if (clock.Today > AppealDeadline(refusal.DecidedAtUtc, district))
        {
            throw RefusalException.Conflict("AppealWindowClosed");
        }
        var blocking = Blocking(submission);
        var problems = AppealValidator.ValidateAppeal(blocking.Count, input.Findings, input.Note);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var now = clock.UtcNow;
        var reached = await db.SubmissionVillages.AsNoTracking().Where(v => v.SubmissionId == submissionId).Select(v => v.DistrictCode).Distinct().ToListAsync(ct);
        var english = EnglishOf(submission, blocking);
        var appeal = new PrecheckAppeal
        {
            Id = Guid.NewGuid(),
            SubmissionId = submission.Id,
            SubmissionNumber = submission.Number,
            DepartmentCode = department,
            DistrictCode = district,
            Note = Text(input.Note),
            AppealedBy = actor.UserName,
            AppealedAtUtc = now,
            Districts = [.. reached.Append(district).Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal)
                .Select(d => new AppealDistrict { DistrictCode = d })],
        };
        foreach (var (finding, position) in blocking.Select((f, i) => (f, i)))
        {
            var objection = input.Findings.Single(o => o.Position == position);
            var (sentence, start, length) = SentenceOf(submission, finding);
            appeal.Findings.Add(new AppealFinding
            {
                Id = Guid.NewGuid(),
                AppealId = appeal.Id,
                Position = position,
                Rule = finding.Rule,
                ItemCode = finding.ItemCode,
                ListSet = finding.ListSet,
                LegalBasis = Cut(finding.LegalBasis, 1000),
                Message = Cut(finding.Message, 2000) ?? "",
                MessageEn = Cut(english?[position].Message, 2000),
                LegalBasisEn = Cut(english?[position].LegalBasis, 1000),
                Phrase = Cut(finding.Phrase, 500),
                MatchedText = Cut(finding.MatchedText, 500),
                Sentence = sentence,
                SpanStart = start,
                SpanLength = length,
                Reason = objection.Reason!.Value,
                Explanation = objection.Explanation!.Trim(),
            });
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Appeal or revise as new, never both: each path first wins the submission row at the version it checked
        // against (SubmissionClaim); a revision — or another appeal — that came in between has moved it on.
        if (!await SubmissionClaim.TryAsync(db, submission.Id, submission.Version, ct))
        {
            throw RefusalException.Conflict(await RevisedAsNewAsync(submissionId, ct) ? "RevisedAsNew"
                : await db.PrecheckAppeals.AnyAsync(a => a.SubmissionId == submissionId, ct) ? "AlreadyAppealed" : SubmissionClaim.Lost);
        }
        db.PrecheckAppeals.Add(appeal);
        audit.Record(actor.UserName, "submission.appeal", $"submission:{submission.Number}",
            string.Join("; ", appeal.Findings.Select(f => $"[{f.Rule}/{f.ItemCode}] {f.Reason}: {f.Explanation}")));
        try
        {
            await db.SaveChangesAsync(ct);
            var started = await engine.StartAsync(new StartInstanceRequest
            {
                ProcessId = ProcessId,
                BusinessKey = appeal.Id.ToString(),
                Initiator = actor.UserName,
                Variables = new Dictionary<string, JsonElement>
                {
                    ["district"] = JsonSerializer.SerializeToElement(district),
                    ["department"] = JsonSerializer.SerializeToElement(department),
                    ["submissionNumber"] = JsonSerializer.SerializeToElement(submission.Number),
                },
            }, ct);
            appeal.WorkflowInstanceId = started.InstanceId;
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // The unique index on the submission: another request appealed it a moment ago (a backstop behind the claim).
            throw RefusalException.Conflict("AlreadyAppealed", ex);
        }
        await tx.CommitAsync(ct);
        return appeal;
    }

    /// <summary>The last day (China time) the department may appeal a refusal made at <paramref name="refusedAtUtc"/>.</summary>
    public DateOnly AppealDeadline(DateTime refusedAtUtc, string district) =>
        calendar.AddWorkingDays(ChinaClock.DayOf(refusedAtUtc), options.Value.AppealWindowFor(district));

    /// <summary>
    /// Whether the actor's department may appeal the submission now: refused by the pre-check, not yet appealed nor
    /// revised as a new submission, within the window. Null when not; the deadline otherwise (the detail page offers the
    /// form until then).
    /// </summary>
    public async Task<DateOnly?> AppealableUntilAsync(Guid submissionId, Actor actor, CancellationToken ct = default)
    {
        if (!AppRoles.IsDepartmentScoped(actor.Role) || actor.DepartmentCode is not { } department)
        {
            return null;
        }
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Decisions)
            .FirstOrDefaultAsync(s => s.Id == submissionId && s.DepartmentCode == department, ct);
        if (submission is null || MachineRefusalOf(submission) is not { } refusal || await db.PrecheckAppeals.AnyAsync(a => a.SubmissionId == submissionId, ct)
            || await RevisedAsNewAsync(submissionId, ct))
        {
            return null;
        }
        var deadline = AppealDeadline(refusal.DecidedAtUtc, await DistrictOfAsync(submissionId, refusal, ct));
        return clock.Today <= deadline ? deadline : null;
    }

    /// <summary>The appeal of a submission, for its department, the joint reviewers of its district, or the list administrators of its area.</summary>
    public async Task<AppealView?> ForSubmissionAsync(Guid submissionId, Actor actor, CancellationToken ct = default) =>
        await ViewAsync((await VisibleAsync(actor, ct)).Where(a => a.SubmissionId == submissionId), ct);

    public async Task<AppealView?> GetAsync(Guid appealId, Actor actor, CancellationToken ct = default) =>
        await ViewAsync((await VisibleAsync(actor, ct)).Where(a => a.Id == appealId), ct);

    /// <summary>
    /// A joint reviewer of the appeal's district decides each finding: upheld (维持) or overruled (撤销, with a reason).
    /// Every finding overruled, the submission goes back to the joint review; any upheld, the refusal stands (one prohibited
    /// item the office confirms is enough to refuse; the findings it overruled still reach the list editors' queue). Two
    /// reviewers at once: one wins, the other gets a conflict and nothing of theirs is stored.
    /// </summary>
    public async Task DecideAsync(Guid appealId, IReadOnlyList<FindingRuling> rulings, string? note, Actor actor, CancellationToken ct = default)
    {
        if (actor.Role != AppRoles.JointReviewer || actor.OrgUnitCode is not { } district)
        {
            throw RefusalException.NotFound();
        }
        var appeal = await db.PrecheckAppeals.Include(a => a.Findings)
            .FirstOrDefaultAsync(a => a.Id == appealId && a.DistrictCode == district, ct) ?? throw RefusalException.NotFound();
        var problems = AppealValidator.ValidateRulings(appeal.Findings.Count, rulings, note);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var task = appeal.Status == AppealStatus.Open && appeal.WorkflowInstanceId is { } instance
            ? (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance }, ct)).Items.FirstOrDefault(t => t.ElementId == ReviewStep)
            : null;
        if (task is null)
        {
            throw RefusalException.Conflict("TaskGone");
        }
        if (!task.CandidateRoles.Contains(actor.Role) || task.CandidateScope != district)
        {
            throw RefusalException.NotFound();
        }
        var now = clock.UtcNow;
        foreach (var finding in appeal.Findings)
        {
            var ruling = rulings.Single(r => r.Position == finding.Position);
            finding.Verdict = ruling.Verdict;
            finding.VerdictReason = Text(ruling.Reason);
        }
        var overruled = appeal.Findings.All(f => f.Verdict == FindingVerdict.Overruled);
        appeal.MoveTo(overruled ? AppealStatus.Overruled : AppealStatus.Upheld);
        (appeal.DecidedBy, appeal.DecidedAtUtc, appeal.DecisionNote) = (actor.UserName, now, Text(note));
        appeal.Version++;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        audit.Record(actor.UserName, "submission.appeal-decision", $"submission:{appeal.SubmissionNumber}",
            $"{(overruled ? "overruled" : "upheld")}: " + string.Join("; ", appeal.Findings.OrderBy(f => f.Position)
                .Select(f => $"[{f.Rule}/{f.ItemCode}] {f.Verdict}{(f.VerdictReason is null ? "" : ": " + f.VerdictReason)}")));
        try
        {
            await db.SaveChangesAsync(ct);
            await engine.CompleteTaskAsync(task.Id, actor.UserName,
                new Dictionary<string, JsonElement> { ["outcome"] = JsonSerializer.SerializeToElement(overruled ? "overruled" : "upheld") }, appeal.DecisionNote, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is WorkflowConflictException or WorkflowOperationException or DbUpdateConcurrencyException)
        {
            throw RefusalException.Conflict("TaskGone", ex);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>The list editors' queue: overruled findings of the list administrator's area, newest first.</summary>
    public async Task<List<MisjudgementRow>> MisjudgementsAsync(Actor actor, MisjudgementFilter? filter = null, CancellationToken ct = default)
    {
        var f = filter ?? new MisjudgementFilter();
        var query = from finding in db.AppealFindings.AsNoTracking()
                    join appeal in await InAreaAsync(actor, ct) on finding.AppealId equals appeal.Id
                    join s in db.Submissions on appeal.SubmissionId equals s.Id
                    where finding.Verdict == FindingVerdict.Overruled
                    select new { finding, appeal, s.Title };
        if (!string.IsNullOrWhiteSpace(f.Rule))
        {
            query = query.Where(x => x.finding.Rule == f.Rule.Trim());
        }
        if (!string.IsNullOrWhiteSpace(f.ItemCode))
        {
            query = query.Where(x => x.finding.ItemCode == f.ItemCode.Trim());
        }
        if (f.Handled is { } handled)
        {
            query = handled ? query.Where(x => x.finding.HandledAtUtc != null) : query.Where(x => x.finding.HandledAtUtc == null);
        }
        var rows = await query.OrderByDescending(x => x.appeal.DecidedAtUtc).ThenBy(x => x.finding.Position).Take(1000).ToListAsync(ct);
        return [.. rows.Select(x => new MisjudgementRow(x.finding.Id, x.appeal.Id, x.appeal.SubmissionNumber, x.Title, x.appeal.DepartmentCode,
            x.appeal.DistrictCode, x.finding.Rule, x.finding.ItemCode, x.finding.ListSet, x.finding.Phrase, x.finding.MatchedText, x.finding.Sentence,
            x.finding.SpanStart, x.finding.SpanLength, x.finding.Reason, x.finding.Explanation, x.finding.VerdictReason, x.appeal.DecidedBy,
            x.appeal.DecidedAtUtc, x.finding.HandledNote, x.finding.HandledBy, x.finding.HandledAtUtc)
        {
            Message = x.finding.Message,
            MessageEn = x.finding.MessageEn,
        })];
    }

    /// <summary>Per rule and item, how often the approvers of the area upheld and overruled the machine.</summary>
    public async Task<List<VerdictTally>> TalliesAsync(Actor actor, CancellationToken ct = default)
    {
        var rows = await (from finding in db.AppealFindings.AsNoTracking()
                          join appeal in await InAreaAsync(actor, ct) on finding.AppealId equals appeal.Id
                          where finding.Verdict != null
                          group finding by new { finding.Rule, finding.ItemCode } into g
                          select new
                          {
                              g.Key.Rule,
                              g.Key.ItemCode,
                              Upheld = g.Count(x => x.Verdict == FindingVerdict.Upheld),
                              Overruled = g.Count(x => x.Verdict == FindingVerdict.Overruled),
                          }).ToListAsync(ct);
        return [.. rows.Select(r => new VerdictTally(r.Rule, r.ItemCode, r.Upheld, r.Overruled))
            .OrderByDescending(r => r.Overruled).ThenBy(r => r.Rule, StringComparer.Ordinal).ThenBy(r => r.ItemCode, StringComparer.Ordinal)];
    }

    /// <summary>A list editor marks an overruled finding handled, with a note (已在草稿 v7 调整短语…).</summary>
    public async Task MarkHandledAsync(Guid findingId, string? note, Actor actor, CancellationToken ct = default)
    {
        var text = (note ?? "").Trim();
        if (text.Length == 0)
        {
            throw RefusalException.Invalid("note", "ReasonRequired");
        }
        if (text.Length > PrecheckAppeal.NoteMax)
        {
            throw RefusalException.Invalid("note", "TooLong", PrecheckAppeal.NoteMax);
        }
        var area = await InAreaAsync(actor, ct);
        var finding = await db.AppealFindings.AsNoTracking().Where(f => f.Id == findingId && f.Verdict == FindingVerdict.Overruled)
            .Select(f => new { f.AppealId, f.Rule, f.ItemCode }).FirstOrDefaultAsync(ct);
        if (finding is null || !await area.AnyAsync(a => a.Id == finding.AppealId, ct))
        {
            throw RefusalException.NotFound();
        }
        DateTime? now = clock.UtcNow;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Guarded in the UPDATE itself (the finding has no concurrency token): of two editors marking it at once, or one
        // marking it again, only the first changes the row; the other is told and neither its note nor its audit entry is kept.
        var marked = await db.AppealFindings.Where(f => f.Id == findingId && f.HandledAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.HandledNote, text).SetProperty(f => f.HandledBy, actor.UserName).SetProperty(f => f.HandledAtUtc, now), ct);
        if (marked == 0)
        {
            throw RefusalException.Conflict("AlreadyHandled");
        }
        var number = await db.PrecheckAppeals.Where(a => a.Id == finding.AppealId).Select(a => a.SubmissionNumber).SingleAsync(ct);
        audit.Record(actor.UserName, "appeal.finding-handled", $"submission:{number}", $"[{finding.Rule}/{finding.ItemCode}] {text}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// The queue as CSV (UTF-8 with BOM, so a spreadsheet opens it as Chinese; every cell guarded against formulas, the
    /// one writer of every export, <see cref="StringSheet"/>): labelled, real notices the evaluation corpus can take later.
    /// </summary>
    public async Task<byte[]> MisjudgementsCsvAsync(Actor actor, MisjudgementFilter? filter = null, CancellationToken ct = default)
    {
        var rows = await MisjudgementsAsync(actor, filter, ct);
        string[] header = ["submission", "rule", "item", "list_version", "phrase", "matched", "sentence", "department_reason", "department_explanation", "reviewer_reason", "decided_on", "handled_note"];
        return await StringSheet.ToCsvAsync(
            [header, .. rows.Select(r => new[]
            {
                r.SubmissionNumber, r.Rule, r.ItemCode ?? "", r.ListSet ?? "", r.Phrase ?? "", r.MatchedText ?? "", r.Sentence ?? "",
                r.DepartmentReason.ToString(), r.DepartmentExplanation, r.ReviewerReason ?? "",
                r.DecidedAtUtc is { } at ? ChinaClock.DayOf(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "", r.HandledNote ?? "",
            })], ct);
    }

    /// <summary>The machine's refusal of a submission refused by nobody else: the pre-check's system decision, or null.</summary>
    public static Decision? MachineRefusalOf(Submission submission) =>
        submission.Status == SubmissionStatus.Rejected
        && submission.Decisions.OrderBy(d => d.DecidedAtUtc).LastOrDefault() is { Kind: DecisionKind.Reject, DecidedBy: MachineRefusal } refusal
            ? refusal
            : null;

    /// <summary>
    /// Whether an appeal of the submission still stands in the way of revising it as a new one: open (not decided yet), or
    /// overruled while the submission still carries the machine's refusal (the reopening has not run: an incident). Once
    /// upheld, or reopened and decided by people again, the department may revise it like any refused submission.
    /// </summary>
    public static Task<bool> BlocksRevisionAsync(AppDbContext db, Submission submission, CancellationToken ct = default)
    {
        var stillRefused = MachineRefusalOf(submission) is not null;
        return db.PrecheckAppeals.AsNoTracking().AnyAsync(a => a.SubmissionId == submission.Id
            && (a.Status == AppealStatus.Open || (stillRefused && a.Status == AppealStatus.Overruled)), ct);
    }

    /// <summary>
    /// The district an appeal of the refusal belongs to — its window, its office: the refusal's, or when none was recorded
    /// the submission's first in code order. One answer for the detail page's form and for the appeal itself.
    /// </summary>
    private async Task<string> DistrictOfAsync(Guid submissionId, Decision refusal, CancellationToken ct) =>
        string.IsNullOrEmpty(refusal.OrgUnitCode)
            ? await db.SubmissionVillages.AsNoTracking().Where(v => v.SubmissionId == submissionId).Select(v => v.DistrictCode).OrderBy(d => d).FirstOrDefaultAsync(ct) ?? ""
            : refusal.OrgUnitCode;

    private Task<bool> RevisedAsNewAsync(Guid submissionId, CancellationToken ct) =>
        db.Submissions.AsNoTracking().AnyAsync(s => s.RevisionOf == submissionId, ct);

    /// <summary>The stored pre-check's blocking findings, in their stored order (the positions an appeal answers).</summary>
    public static List<PrecheckFinding> Blocking(Submission submission) =>
        StoredPrecheck.Read(submission.PrecheckJson)?.Zh.Findings.Where(f => f.Severity == FindingSeverity.Block).ToList() ?? [];

    /// <summary>
    /// The English half of the stored pre-check's blocking findings, position by position with <paramref name="blocking"/>
    /// (both halves come from one reading of the text, in one order); null when it does not line up (rule and item each).
    /// </summary>
    private static List<PrecheckFinding>? EnglishOf(Submission submission, List<PrecheckFinding> blocking)
    {
        var en = StoredPrecheck.Read(submission.PrecheckJson)?.En.Findings.Where(f => f.Severity == FindingSeverity.Block).ToList();
        return en is not null && en.Count == blocking.Count && en.Zip(blocking).All(p => p.First.Rule == p.Second.Rule && p.First.ItemCode == p.Second.ItemCode)
            ? en
            : null;
    }

    /// <summary>
    /// Appeals the actor may see: its department's; those reaching its district (joint reviewer); those reaching its area
    /// (list administrator, supervisor; the city's see all).
    /// </summary>
    private async Task<IQueryable<PrecheckAppeal>> VisibleAsync(Actor actor, CancellationToken ct)
    {
        var all = db.PrecheckAppeals.AsNoTracking();
        if (AppRoles.IsDepartmentScoped(actor.Role))
        {
            return all.Where(a => a.DepartmentCode == actor.DepartmentCode);
        }
        if (actor.Role == AppRoles.JointReviewer && actor.OrgUnitCode is { } district)
        {
            // Every district the task reaches: the lead one decides, the others read (their members decide the reopened review).
            return all.Where(a => a.Districts.Any(d => d.DistrictCode == district));
        }
        return actor.Role == AppRoles.Supervisor ? await AreaAsync(actor, ct) : await InAreaAsync(actor, ct);
    }

    /// <summary>A list administrator's appeals: those reaching its district, or every one for the city's.</summary>
    private async Task<IQueryable<PrecheckAppeal>> InAreaAsync(Actor actor, CancellationToken ct) =>
        actor.Role == AppRoles.ListAdministrator ? await AreaAsync(actor, ct) : db.PrecheckAppeals.Where(_ => false);

    private async Task<IQueryable<PrecheckAppeal>> AreaAsync(Actor actor, CancellationToken ct)
    {
        if (actor.OrgUnitCode is not { } code)
        {
            return db.PrecheckAppeals.Where(_ => false);
        }
        var scope = await SupervisorScope.ResolveAsync(db, code, ct);
        return scope.IsCity ? db.PrecheckAppeals.AsNoTracking() : db.PrecheckAppeals.AsNoTracking().Where(a => a.Districts.Any(d => d.DistrictCode == code));
    }

    private async Task<AppealView?> ViewAsync(IQueryable<PrecheckAppeal> appeals, CancellationToken ct)
    {
        var row = await (from x in appeals.Include(x => x.Findings).Include(x => x.Districts)
                         join s in db.Submissions on x.SubmissionId equals s.Id
                         select new { a = x, s.Title, s.Description }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var a = row.a;
        Guid? task = null;
        if (a.Status == AppealStatus.Open && a.WorkflowInstanceId is { } instance)
        {
            task = (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance }, ct)).Items.FirstOrDefault(t => t.ElementId == ReviewStep)?.Id;
        }
        return new AppealView(a.Id, a.SubmissionId, a.SubmissionNumber, row.Title, row.Description, a.DepartmentCode, a.DistrictCode, a.Note,
            a.AppealedBy, a.AppealedAtUtc, a.Status, a.DecidedBy, a.DecidedAtUtc, a.DecisionNote, task,
            [.. a.Findings.OrderBy(f => f.Position).Select(f => new AppealFindingView(f.Id, f.Position, f.Rule, f.ItemCode, f.ListSet, f.LegalBasis,
                f.Message, f.Phrase, f.MatchedText, f.Sentence, f.SpanStart, f.SpanLength, f.Reason, f.Explanation, f.Verdict, f.VerdictReason)
            {
                MessageEn = f.MessageEn,
                LegalBasisEn = f.LegalBasisEn,
            })])
        {
            Districts = [.. a.Districts.Select(d => d.DistrictCode).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>The sentence of the title or description holding the finding's first matched span, and the span within it.</summary>
    private static (string? Sentence, int? Start, int? Length) SentenceOf(Submission submission, PrecheckFinding finding)
    {
        if (finding.Evidence.FirstOrDefault() is not { } span)
        {
            return (null, null, null);
        }
        var text = span.Field == "title" ? submission.Title : span.Field == "description" ? submission.Description : null;
        if (text is null || span.Start < 0 || span.Start + span.Length > text.Length)
        {
            return (null, null, null);
        }
        const string stops = "。！？；!?;\n";
        var from = span.Start;
        while (from > 0 && !stops.Contains(text[from - 1]))
        {
            from--;
        }
        var to = span.Start + span.Length;
        while (to < text.Length && !stops.Contains(text[to]))
        {
            to++;
        }
        to = Math.Min(text.Length, to + 1);
        var sentence = text[from..Math.Min(to, from + AppealFinding.SentenceMax)];
        return (sentence, span.Start - from, Math.Min(span.Length, sentence.Length - (span.Start - from)));
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Cut(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];
}
