using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// Runs the pure pre-check against the database: validates codes, expands targets to villages, loads the lists in
/// force per district and the admitted tasks still running. Stores nothing.
/// </summary>
public sealed class PrecheckService(
    AppDbContext db, ListService lists, WorkflowEngineOptions engineOptions, IOptions<AdmissionOptions> options, OrgDirectoryCache orgTree, PrecheckReadCache cache,
    VillageInboxCache feed, RunningTaskIndex running)
{
    private static readonly SubmissionStatus[] ActiveStatuses = RunningTaskIndex.ActiveStatuses;

    /// <summary>The most running tasks a pre-check considers (the latest-ending).</summary>
    private const int MaxRunning = 500;

    /// <summary>Checks a request without storing anything; throws <see cref="RefusalException"/> (Invalid) for bad fields or codes.</summary>
    public async Task<PrecheckPreparation> PrecheckAsync(PrecheckRequest request, AppLanguage language, Guid? ignoreSubmission = null, CancellationToken ct = default)
    {
        var problems = SubmissionValidator.Validate(request);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var context = await BuildContextAsync(request, ignoreSubmission, ct);
        var result = Prechecker.Check(request, context, language, out var analysis);
        Hosting.PlatformMetrics.Precheck(result.Outcome.ToString(), result.Findings.Select(f => f.Rule));
        return new PrecheckPreparation(request, context, result, analysis);
    }

    /// <summary>
    /// The context a command built for a submission it is about to start, kept for the workflow's AdmissionPrecheck
    /// step that the same command runs (see <see cref="PrecheckSubmissionAsync"/>) until the returned handle is
    /// disposed — the end of the command, so running tasks admitted later are never missed.
    /// </summary>
    public IDisposable Remember(Submission submission, PrecheckContext context)
    {
        var kept = new Remembered(submission.Id, Fingerprint(submission), Generations(), context);
        remembered = kept;
        return new Forget(this, kept);
    }

    /// <summary>How many pre-checks of a stored submission reused the context its submitting command had built (this scope).</summary>
    public int ContextsReused { get; private set; }

    /// <summary>
    /// Pre-checks a stored submission (the workflow's AdmissionPrecheck step). When the command that stored it built
    /// the context a moment ago (<see cref="Remember"/>) and nothing it rests on changed since — the submission's content
    /// and targets (a hash of the request it makes), the lists in force, the data-field dictionary and the org tree
    /// (their change generations: this process's commits and every node's notifications) — that context is used
    /// instead of reading it all again; otherwise (a resubmission, a later sign-off, a list published in between) the
    /// context is read afresh.
    /// </summary>
    public async Task<PrecheckPreparation> PrecheckSubmissionAsync(Submission submission, DateOnly submittedOn, AppLanguage language, CancellationToken ct = default)
    {
        var request = SubmissionRequests.From(submission, submittedOn);
        var kept = remembered;
        remembered = null;
        if (kept is null || kept.SubmissionId != submission.Id || kept.Generations != Generations()
            || !CryptographicOperations.FixedTimeEquals(kept.Fingerprint, Fingerprint(submission)))
        {
            return await PrecheckAsync(request, language, submission.Id, ct);
        }
        var problems = SubmissionValidator.Validate(request);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        ContextsReused++;
        var result = Prechecker.Check(request, kept.Context, language, out var analysis);
        Hosting.PlatformMetrics.Precheck(result.Outcome.ToString(), result.Findings.Select(f => f.Rule));
        return new PrecheckPreparation(request, kept.Context, result, analysis);
    }

    private Remembered? remembered;

    private sealed record Remembered(Guid SubmissionId, byte[] Fingerprint, (long Org, long Lists, long Fields) Generations, PrecheckContext Context);

    private sealed class Forget(PrecheckService owner, Remembered kept) : IDisposable
    {
        public void Dispose()
        {
            if (ReferenceEquals(owner.remembered, kept))
            {
                owner.remembered = null;
            }
        }
    }

    private (long Org, long Lists, long Fields) Generations() =>
        (feed.Generation(VillageInboxCache.OrgChanged), feed.Generation(VillageInboxCache.ListsChanged), feed.Generation(VillageInboxCache.FieldsChanged));

    /// <summary>SHA-256 of the request the submission makes (its submission day aside: the context does not depend on it).</summary>
    private static byte[] Fingerprint(Submission submission) =>
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(SubmissionRequests.From(submission, default)));

    /// <summary>
    /// Early signals while a form is incomplete: the title and description read against the lists in force where the
    /// task would go (the first village of the valid targets, else of the department's own area), today. Null when no
    /// list is in force there or the department is unknown. Stores nothing.
    /// </summary>
    public async Task<PrecheckResult?> EarlySignalsAsync(
        string title, string description, string departmentCode, IReadOnlyList<string> targets, DateOnly today, AppLanguage language, CancellationToken ct = default)
    {
        var org = await orgTree.GetAsync(db, ct);
        var village = org.VillagesUnder(targets.Where(c => org.Find(c) is not null)).FirstOrDefault();
        if (village is null)
        {
            var area = await db.Departments.AsNoTracking().Where(d => d.Code == departmentCode).Select(d => d.OrgUnitCode).FirstOrDefaultAsync(ct);
            village = area is null ? null : org.Under(area).FirstOrDefault();
        }
        if (village is null || await cache.InForceAsync(db, lists, org.Ancestor(village.Code, 2)?.Code ?? "", village.Code, today, ct) is not { IsInForce: true } inForce)
        {
            return null;
        }
        var request = new PrecheckRequest
        {
            DepartmentCode = departmentCode, Title = title, Description = description, SubmittedOn = today, StartDate = today, EndDate = today,
        };
        var target = new TargetVillage(village.Code, org.Ancestor(village.Code, 3)?.Code ?? "", org.Ancestor(village.Code, 2)?.Code ?? "", inForce);
        return Prechecker.Signals(request, new PrecheckContext([target], engineOptions.Calendar, options.Value.ToSettings(), []), language);
    }

    public async Task<PrecheckContext> BuildContextAsync(PrecheckRequest request, Guid? ignoreSubmission, CancellationToken ct)
    {
        if (!await cache.DepartmentExistsAsync(db, request.DepartmentCode, ct))
        {
            throw RefusalException.Invalid("departmentCode", "UnknownDepartment", request.DepartmentCode);
        }
        var org = await orgTree.GetAsync(db, ct);
        var unknown = request.TargetOrgUnitCodes.Select((c, i) => (c, i)).Where(t => org.Find(t.c) is null).ToList();
        if (unknown.Count > 0)
        {
            throw RefusalException.Invalid(unknown.Select(u => new FieldProblem($"targetOrgUnitCodes[{u.i}]", "UnknownOrgUnit", u.c)).ToList());
        }
        // The villages with their townships and districts, worked out once per unit of the shared tree.
        var villages = org.PlacesUnder(request.TargetOrgUnitCodes);
        if (villages.Count == 0)
        {
            throw RefusalException.Invalid("targetOrgUnitCodes", "NoVillages");
        }
        // Villages of one district share their lists in force: one lookup per district.
        var listsByDistrict = new Dictionary<string, ListsInForce>();
        var targets = new List<TargetVillage>(villages.Count);
        foreach (var place in villages)
        {
            var district = place.DistrictCode;
            if (!listsByDistrict.TryGetValue(district, out var inForce))
            {
                inForce = await cache.InForceAsync(db, lists, district, place.Village.Code, request.StartDate, ct);
                listsByDistrict[district] = inForce;
            }
            targets.Add(Target(place, inForce));
        }
        var dictionary = await cache.DictionaryAsync(db, ct);
        var active = await ActiveTasksAsync(targets, request, dictionary, ignoreSubmission, null, ct);
        if (request.ReusesSubmissionId is { } reused)
        {
            CheckReuse(request, dictionary, active.FirstOrDefault(t => t.Id == reused)
                ?? (await ActiveTasksAsync(targets, request, dictionary, ignoreSubmission, reused, ct)).FirstOrDefault());
        }
        return new PrecheckContext(targets, engineOptions.Calendar, options.Value.ToSettings(), active) { Fields = dictionary };
    }

    // The target village of a place with the lists in force, kept while both are: the places are shared per org tree and
    // the lists per version and day, so a pre-check of 750 villages makes no 750 new objects when neither changed.
    private static readonly ConditionalWeakTable<VillagePlace, TargetVillage> Targets = new();

    private static TargetVillage Target(VillagePlace place, ListsInForce inForce)
    {
        if (Targets.TryGetValue(place, out var kept) && ReferenceEquals(kept.Lists, inForce))
        {
            return kept;
        }
        var target = new TargetVillage(place.Village.Code, place.TownshipCode, place.DistrictCode, inForce);
        Targets.AddOrUpdate(place, target);
        return target;
    }

    /// <summary>A declared reuse names an admitted task running in villages this one targets, which collects at least one of its fields.</summary>
    private static void CheckReuse(PrecheckRequest request, FieldDictionary dictionary, ActiveTask? reused)
    {
        if (reused is null)
        {
            throw RefusalException.Invalid("reusesSubmissionId", "ReuseNotRunning");
        }
        if (FieldOverlap.Shared(dictionary.Normalise(request.CollectedFields), dictionary.Normalise(reused.Fields)).Count == 0)
        {
            throw RefusalException.Invalid("reusesSubmissionId", "ReuseNoSharedFields", reused.Title);
        }
    }

    /// <summary>
    /// Admitted tasks still running in any of the target villages (the latest-ending 500), or only the one asked for. How
    /// many target villages a task shares is counted only for tasks that collect a field the request collects: the
    /// pre-check names that count only for them, and counting for every task probed each target village once per task
    /// (100 city-wide tasks × 1,000 targets: 150,000 index pages, 230–450 ms a check on 1,000,000 village rows).
    /// </summary>
    /// <remarks>
    /// Answered by this process's <see cref="RunningTaskIndex"/> when it can prove its copy current (PostgreSQL, outside a
    /// transaction, listener live); otherwise by the statement below, which it replaces exactly.
    /// </remarks>
    internal async Task<IReadOnlyList<ActiveTask>> ActiveTasksAsync(
        IReadOnlyList<TargetVillage> targets, PrecheckRequest request, FieldDictionary dictionary, Guid? ignore, Guid? only, CancellationToken ct)
    {
        var codes = targets.Select(t => t.VillageCode).ToList();
        if (await running.FindAsync(db, codes, request.StartDate, ignore, only, MaxRunning, ct) is { } found)
        {
            return await FromIndexAsync(found, request, dictionary, ct);
        }
        return await StatementAsync(codes, request, dictionary, ignore, only, ct);
    }

    /// <summary>The index's matches in the statement's shape: department names, and shared villages only for tasks sharing a field.</summary>
    private async Task<IReadOnlyList<ActiveTask>> FromIndexAsync(IReadOnlyList<RunningTaskIndex.Match> found, PrecheckRequest request, FieldDictionary dictionary, CancellationToken ct)
    {
        if (found.Count == 0)
        {
            return [];
        }
        var departments = await cache.DepartmentsAsync(db, ct);
        var mine = dictionary.Normalise(request.CollectedFields);
        var tasks = new List<ActiveTask>(found.Count);
        foreach (var (task, village, shared) in found)
        {
            var names = departments.GetValueOrDefault(task.DepartmentCode);
            tasks.Add(new ActiveTask(task.Id, task.DepartmentCode, task.Title, task.Kinds, new HashSet<string> { village })
            {
                Number = task.Number,
                SharedVillages = mine.Count > 0 && FieldOverlap.Shared(mine, dictionary.Normalise(task.CollectedFields)).Count > 0 ? shared : null,
                Fields = task.CollectedFields,
                DepartmentNameZh = names?.Zh ?? task.DepartmentCode,
                DepartmentNameEn = names?.En ?? task.DepartmentCode,
            });
        }
        return tasks;
    }

    /// <summary>The running-task statement (and, for tasks sharing a field, the count of shared villages).</summary>
    internal async Task<IReadOnlyList<ActiveTask>> StatementAsync(
        List<string> codes, PrecheckRequest request, FieldDictionary dictionary, Guid? ignore, Guid? only, CancellationToken ct)
    {
        var query = db.Submissions.AsNoTracking()
            .Where(s => ActiveStatuses.Contains(s.Status) && s.EndDate >= request.StartDate && s.Id != ignore
                && db.SubmissionVillages.Any(v => v.SubmissionId == s.Id && v.Admitted && codes.Contains(v.VillageCode)));
        if (only is { } id)
        {
            query = query.Where(s => s.Id == id);
        }
        var rows = await query
            // One statement: a task has a few demand kinds, and the rest are single values.
            .AsSingleQuery()
            .OrderByDescending(s => s.EndDate)
            .Take(MaxRunning)
            .Select(s => new
            {
                s.Id, s.Number, s.DepartmentCode, s.Title, s.CollectedFields, Kinds = s.Demands.Select(d => d.Kind).ToList(),
                // One targeted village per task is enough to know it overlaps (loading all of them brought 10,000 rows per
                // city-wide task into every pre-check in a city of 10,000 villages).
                Village = s.Villages.Where(v => v.Admitted && codes.Contains(v.VillageCode)).Select(v => v.VillageCode).FirstOrDefault(),
                // The names of these tasks' departments only (the whole department table was read per check).
                Department = db.Departments.Where(d => d.Code == s.DepartmentCode).Select(d => new { d.NameZh, d.NameEn }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var mine = dictionary.Normalise(request.CollectedFields);
        List<Guid> counted = mine.Count == 0 ? [] : rows.Where(r => FieldOverlap.Shared(mine, dictionary.Normalise(r.CollectedFields)).Count > 0).Select(r => r.Id).ToList();
        var shared = counted.Count == 0 ? new Dictionary<Guid, int>() : await db.SubmissionVillages.AsNoTracking()
            .Where(v => counted.Contains(v.SubmissionId) && v.Admitted && codes.Contains(v.VillageCode))
            .GroupBy(v => v.SubmissionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return rows.Select(r => new ActiveTask(r.Id, r.DepartmentCode, r.Title, r.Kinds.Aggregate(DemandKind.None, (a, k) => a | k), r.Village is null ? new HashSet<string>() : new HashSet<string> { r.Village })
        {
            Number = r.Number,
            SharedVillages = shared.TryGetValue(r.Id, out var count) ? count : null,
            Fields = r.CollectedFields,
            DepartmentNameZh = r.Department?.NameZh ?? r.DepartmentCode,
            DepartmentNameEn = r.Department?.NameEn ?? r.DepartmentCode,
        }).ToList();
    }
}
