using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// What a village committee reads: only its own admitted work (<see cref="AdmittedWork.ForVillage"/>). Anything else
/// — another village's work, work not (or no longer) admitted — does not exist for it: callers answer 404.
/// </summary>
public sealed class VillageInboxService(AppDbContext db, VillageInboxCache cache, DecisionVerdictCache verdicts, DecidingUnitNames unitNames, ChinaClock clock,
    InboxRenewals renewals)
{
    public const int MaxRows = 500;

    /// <summary>
    /// The key of the open work's language-neutral snapshot on a cached inbox (<see cref="InboxSnapshot"/>): kept beside
    /// the page's markup, which the page's other language is rendered from without a read.
    /// </summary>
    public const string PageRendering = "page";

    /// <summary>The key of the page's recent done list on a cached inbox (its snapshot, language-neutral).</summary>
    public const string DoneRendering = "page:done";

    /// <summary>
    /// Open work (not done) grouped by due date, earliest first. From the cached inbox's snapshot of it while the cache
    /// is live (PostgreSQL), else read through the admitted-work gate.
    /// </summary>
    public async Task<IReadOnlyList<DueGroup>> OpenAsync(Actor actor, CancellationToken ct = default)
    {
        var (kept, read) = await RenderedAsync(VillageOf(actor), PageRendering, groups => new(OpenInbox.Of(PageRendering, InboxSnapshot.Write(groups))),
            null, detached: true, ct);
        return read?.Groups ?? InboxSnapshot.ReadGroups((byte[])kept);
    }

    /// <summary>
    /// The open work's rendering <paramref name="key"/> when the village's cached inbox keeps it (a hit, counted as one),
    /// without this service: no database context is leased for a request the cache answers. False when it is not kept —
    /// nothing is counted then, and the caller takes the full path (<see cref="OpenRenderedAsync(Actor, string, InboxRenderer, InboxDeriver?, CancellationToken)"/>),
    /// which looks again and counts the miss with its cause. For a request outside a transaction (an endpoint's own).
    /// </summary>
    /// <remarks>
    /// Issue 20: the inbox's hits were 83 % of its requests under the Monday write stream, and each leased a pooled
    /// <see cref="AppDbContext"/> (and reset it on return) for a dictionary lookup. The lookup is the one the full path
    /// makes first, under the same rules (live, younger than <see cref="VillageInboxCache.MaxAge"/>); a hit needs no ticket.
    /// </remarks>
    public static bool TryKept(VillageInboxCache cache, Actor actor, string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? rendering)
    {
        var village = VillageOf(actor);
        if (village == NoVillage || !cache.TryHit(village, key, out rendering))
        {
            rendering = null;
            return false;
        }
        if (RequestTiming.Current is { } timing)
        {
            timing.Mark("before");
            timing.Mark("cache");
        }
        return true;
    }

    /// <summary>
    /// The open work rendered by <paramref name="render"/> (the API's JSON in one language), kept on the village's cached
    /// inbox under <paramref name="key"/> while the cache is live (PostgreSQL): a hit returns the kept bytes, a miss reads
    /// through the admitted-work gate and renders. <paramref name="render"/> must give the same bytes for the same work
    /// whoever calls it (the key names everything it depends on, such as the language), and must not use the request's
    /// services: a due entry is renewed with it behind the request (<see cref="InboxRenewals"/>). Do not modify the result.
    /// </summary>
    public async Task<byte[]> OpenRenderedAsync(Actor actor, string key, Func<IReadOnlyList<DueGroup>, byte[]> render, CancellationToken ct = default) =>
        (byte[])(await RenderedAsync(VillageOf(actor), key, groups => new(OpenInbox.Of(key, render(groups))), null, detached: true, ct)).Rendering;

    /// <summary>
    /// The open work's rendering <paramref name="key"/>: kept (a hit), else derived by <paramref name="derive"/> from what
    /// the village's entry keeps when it can (no read: another language from the kept renderings), else read and rendered
    /// by <paramref name="render"/>, which returns every rendering to keep — the one asked for among them, and what the
    /// other renderings may later be derived from. Both must give the same result for the same work whoever calls them,
    /// and <paramref name="render"/> must not use the request's services: a due entry is renewed with it behind the request.
    /// </summary>
    public async Task<object> OpenRenderedAsync(Actor actor, string key, InboxRenderer render, InboxDeriver? derive, CancellationToken ct = default) =>
        (await RenderedAsync(VillageOf(actor), key, render, derive, detached: true, ct)).Rendering;

    /// <summary>
    /// The `/village` page's cards as markup in one language (<paramref name="key"/> names it, and the day: an overdue badge
    /// depends on it), rendered by <paramref name="render"/> on a miss. Kept with the open work's language-neutral
    /// snapshot, from which the other language's markup is rendered without a read. Also the groups when they were read
    /// (null when the markup came from the cache).
    /// </summary>
    public async Task<(string Markup, IReadOnlyList<DueGroup>? Read)> OpenPageAsync(Actor actor, string key,
        Func<IReadOnlyList<DueGroup>, Task<string>> render, CancellationToken ct = default)
    {
        var (markup, read) = await RenderedAsync(VillageOf(actor), key,
            async groups => OpenInbox.Of(key, await render(groups), PageRendering, InboxSnapshot.Write(groups)),
            async kept => kept.Bytes(PageRendering) is { } snapshot ? OpenInbox.Of(key, await render(InboxSnapshot.ReadGroups(snapshot))) : null,
            detached: false, ct);
        return ((string)markup, read?.Groups);
    }

    /// <summary>
    /// The rendering <paramref name="key"/> of the village's open work, and the read it was rendered from when it was
    /// neither kept nor derived (null otherwise). A <paramref name="detached"/> renderer (one that uses nothing of the
    /// request) renews a due entry behind the reader (<see cref="InboxRenewals"/>); another renews it in the request.
    /// </summary>
    private async Task<(object Rendering, InboxRead? Read)> RenderedAsync(string village, string key, InboxRenderer render, InboxDeriver? derive,
        bool detached, CancellationToken ct)
    {
        // With Observability:ServerTiming on, each phase's end is marked for the Server-Timing header (issue 20).
        var timing = RequestTiming.Current;
        timing?.Mark("before");
        if (village == NoVillage)
        {
            // A user whose acting role is not the committee's has no village: nothing to read, and nothing to share —
            // the rendering may carry the user's own org unit, so it is never kept under the one key all such users get.
            var none = await ReadOpenAsync(village, null, timing, ct);
            return ((await render(none.Groups)).Find(key)!, none);
        }
        // At most two passes: the second after a revalidation renewed the village's expired entry (issue 20), its
        // lookup not counted again.
        for (var pass = 0; ; pass++)
        {
            // The ticket comes first: a rendering derived from the entry below is kept only if no eviction came since.
            var ticket = cache.Begin(village);
            var outside = db.Database.CurrentTransaction is null;
            if (cache.Lookup(village, key, pass == 0, out var cached, out var entry, out var expired, out var due))
            {
                timing?.Mark("cache");
                if (due && outside && detached)
                {
                    RenewBehind(ticket, key, cached!, entry!, render);
                }
                else if (due && outside && cache.LeadRenewal(ticket) is { } renewal)
                {
                    return await RenewAsync(ticket, renewal, key, cached!, entry!, render, timing, pass == 0, ct);
                }
                if (due && pass == 0)
                {
                    Hosting.PlatformMetrics.InboxLookup(true, "");
                }
                return (cached!, null);
            }
            if (entry is not null && derive is not null && await derive(entry) is { } derived)
            {
                // Another language from what the same read kept: no second miss for a village whose users switch language.
                timing?.Mark("derived");
                Hosting.PlatformMetrics.InboxDerived();
                if (outside)
                {
                    cache.Store(ticket, derived.On(entry.Basis));
                }
                return (derived.Find(key)!, null);
            }
            timing?.Mark("cache");
            if (expired is not null && !outside)
            {
                // Inside a transaction nothing is kept, so nothing is renewed: read, as for any miss there.
                Hosting.PlatformMetrics.InboxLookup(false, "max_age");
                expired = null;
            }
            // Readers of the same village that miss at once share one read (issue 20: a hot village right after a dispatch
            // evicted it; each ran the same statement, up to 14 connections and 8 statements at once on 2 cores). Only a
            // read outside a transaction leads one: inside, it may see uncommitted writes or an older snapshot. A
            // revalidation of an expired entry is such a read too: its waiters look again when it renewed the entry.
            var lead = false;
            var flight = outside ? cache.JoinOrLead(ticket, out lead) : null;
            var renewed = false;
            // A joined read whose leader failed or went away elects a leader once more among its waiters (the same ticket
            // rule), so a slow database does not get all of them at once; after a second failure each reads on its own.
            for (var attempt = 0; flight is not null && !lead; attempt++)
            {
                try
                {
                    var shared = await flight.Inbox.WaitAsync(ct);
                    Hosting.PlatformMetrics.InboxJoined();
                    timing?.Mark("joined");
                    if (expired is not null)
                    {
                        cache.Revalidated(ReferenceEquals(shared, InboxRead.Renewed));
                        expired = null;
                    }
                    if (ReferenceEquals(shared, InboxRead.Renewed))
                    {
                        renewed = true;
                        break;
                    }
                    // Each reader renders what it asked for (the leader may have asked for another language); the rendering
                    // is kept under the flight's ticket: it shows what the flight read.
                    return (Keep(flight.Ticket, key, await render(shared.Groups), shared, timing), shared);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    flight = attempt == 0 ? cache.JoinOrLead(ticket, out lead) : null;
                }
            }
            if (renewed && pass == 0)
            {
                continue;
            }
            if (renewed)
            {
                // Renewed twice in a row under this reader (an eviction and a second expiry between): read on its own.
                flight = null;
            }
            InboxRead? read = null;
            try
            {
                read = expired?.Basis is { } basis
                    ? await RevalidateAsync(ticket, expired, basis, timing, ct)
                    : await ReadOpenAsync(village, null, timing, ct);
            }
            finally
            {
                if (flight is not null)
                {
                    cache.Land(flight, read);
                }
            }
            if (ReferenceEquals(read, InboxRead.Renewed))
            {
                continue;
            }
            return (Keep(ticket, key, await render(read.Groups), read, timing), read);
        }
    }

    /// <summary>
    /// The village's entry is due for renewal and this reader, served the kept rendering, has it renewed behind it when
    /// a renewal's place is free and none of the village is in flight (<see cref="InboxRenewals"/>): the read runs on
    /// its own scope under this reader's ticket, as <see cref="RenewAsync"/> does it in a request.
    /// </summary>
    private void RenewBehind(VillageInboxCache.Ticket ticket, string key, object cached, OpenInbox entry, InboxRenderer render)
    {
        if (!renewals.TryReserve())
        {
            return;
        }
        if (cache.LeadRenewal(ticket) is not { } renewal)
        {
            renewals.Release();
            return;
        }
        renewals.Run((service, ct) => service.RenewAsync(ticket, renewal, key, cached, entry, render, null, false, ct));
    }

    /// <summary>
    /// The village's entry is due for renewal (<see cref="VillageInboxCache.RenewAhead"/>) and this reader leads it:
    /// revalidated when it can be (<see cref="RevalidateAsync"/>), else read again in full and kept in its place; the
    /// kept rendering <paramref name="cached"/> is returned when the check found nothing changed. Counted as a miss of
    /// cause <c>renewed_ahead</c> (or revalidated_unchanged / _changed) when <paramref name="count"/>.
    /// </summary>
    private async Task<(object Rendering, InboxRead? Read)> RenewAsync(VillageInboxCache.Ticket ticket, VillageInboxCache.Flight renewal,
        string key, object cached, OpenInbox entry, InboxRenderer render, RequestTiming? timing, bool count, CancellationToken ct)
    {
        // Its verdicts judged within RenewAhead: an entry is kept no longer than the oldest verdict it shows (monday run of
        // session 25: renewed on verdicts as old as the entry, each renewal was due again at once — hits fell to 1 % at 900/s).
        var verdictsFrom = Environment.TickCount64 - (long)VillageInboxCache.RenewAhead.TotalMilliseconds;
        InboxRead? read = null;
        try
        {
            if (cache.Revalidates && entry.Basis is { } basis)
            {
                read = await RevalidateAsync(ticket, entry, basis, timing, ct, verdictsFrom);
            }
            else
            {
                if (count)
                {
                    Hosting.PlatformMetrics.InboxLookup(false, "renewed_ahead");
                }
                read = await ReadOpenAsync(ticket.Village, null, timing, ct, verdictsFrom);
            }
        }
        finally
        {
            cache.Land(renewal, read);
        }
        return ReferenceEquals(read, InboxRead.Renewed)
            ? (cached, null)
            : (Keep(ticket, key, await render(read.Groups), read, timing, replace: true), read);
    }

    /// <summary>
    /// An expired entry (<see cref="VillageInboxCache.MaxAge"/>) checked instead of read again: the village's
    /// <see cref="InboxFingerprint"/> (one statement) against the one taken before the entry's read, and each decision's
    /// verdict as a read would judge it — from <see cref="DecisionVerdictCache"/> while a verdict on that row is younger
    /// than MaxAge and judged since <paramref name="verdictsFrom"/>, else its seal checked again (one statement for all of
    /// them). Nothing changed: the entry is renewed
    /// under <paramref name="ticket"/> (an eviction since wins) until MaxAge after the oldest of the check and the
    /// verdicts, and <see cref="InboxRead.Renewed"/> returned; otherwise the full read, on the fingerprint just taken.
    /// </summary>
    private async Task<InboxRead> RevalidateAsync(VillageInboxCache.Ticket ticket, OpenInbox expired, InboxBasis basis, RequestTiming? timing,
        CancellationToken ct, long verdictsFrom = long.MinValue)
    {
        var started = Environment.TickCount64;
        var fingerprint = await InboxFingerprint.ReadAsync(db, ticket.Village, ct);
        timing?.Mark("fingerprint");
        if (string.Equals(fingerprint, basis.Fingerprint, StringComparison.Ordinal))
        {
            var judgedAt = started;
            List<InboxBasis.Shown>? recheck = null;
            foreach (var shown in basis.Decisions)
            {
                // The row is the one read (the fingerprint covers it), so a kept verdict on it holds as it would for a read.
                if (shown.Integrity == DecisionIntegrity.Verified && verdicts.TryGet(shown.Decision, out var at) && at >= verdictsFrom)
                {
                    judgedAt = Math.Min(judgedAt, at);
                    continue;
                }
                (recheck ??= []).Add(shown);
            }
            var same = true;
            if (recheck is not null)
            {
                var checks = await new DecisionIntegrityService(db).CheckAsync([.. recheck.Select(s => (s.Number, s.Decision))], ct);
                timing?.Mark("judge");
                foreach (var shown in recheck)
                {
                    var now = checks[shown.Decision.Id];
                    same &= now == shown.Integrity;
                    if (now == DecisionIntegrity.Verified)
                    {
                        verdicts.Keep(db, shown.Decision, started);
                    }
                }
            }
            if (same && cache.Renew(ticket, expired, judgedAt))
            {
                cache.Revalidated(true);
                return InboxRead.Renewed;
            }
        }
        cache.Revalidated(false);
        return await ReadOpenAsync(ticket.Village, fingerprint, timing, ct, verdictsFrom);
    }

    /// <summary>
    /// The open work as one read: its rows, the decisions' verdicts, grouped by due date. While revalidation is on and the
    /// read may be kept, the village's <see cref="InboxFingerprint"/> is taken first (<paramref name="fingerprint"/>, if
    /// not already) and kept with what the read showed (<see cref="InboxRead.Basis"/>). Kept verdicts judged before
    /// <paramref name="verdictsFrom"/> are judged again (a renewal, <see cref="RenewAsync"/>).
    /// </summary>
    private async Task<InboxRead> ReadOpenAsync(string village, string? fingerprint, RequestTiming? timing, CancellationToken ct,
        long verdictsFrom = long.MinValue)
    {
        if (fingerprint is null && cache.Revalidates && cache.IsLive && village != NoVillage && db.Database.CurrentTransaction is null)
        {
            fingerprint = await InboxFingerprint.ReadAsync(db, village, ct);
            timing?.Mark("fingerprint");
        }
        // AdmittedWork.ForVillage's open work, due first, as one compiled statement; the decisions' verdicts kept; the
        // deciding units' names kept while the cache is live.
        var rows = await AssignmentQueries.OpenRowsAsync(db, village, ct, await unitNames.GetAsync(db, ct));
        timing?.Mark("rows");
        var (checks, judgedAt) = await AssignmentQueries.JudgeAsync(db, rows, verdicts, ct, verdictsFrom);
        timing?.Mark("judge");
        var basis = fingerprint is null ? null : new InboxBasis(fingerprint,
            [.. rows.DistinctBy(r => r.Decision.Id).Select(r => new InboxBasis.Shown(r.Number, r.Decision, checks[r.Decision.Id]))]);
        var read = new InboxRead(AssignmentQueries.GroupByDue(AssignmentQueries.Build(rows, checks)), judgedAt, basis);
        timing?.Mark("build");
        return read;
    }

    /// <summary>
    /// Keeps renderings on the village's cached inbox, unless read inside a transaction (they may come from a snapshot
    /// older than the ticket, or see uncommitted writes: served, never kept); kept no longer than the oldest decision
    /// verdict they show, with what the read rests on. Returns the one asked for.
    /// </summary>
    private object Keep(VillageInboxCache.Ticket ticket, string key, OpenInbox renderings, InboxRead read, RequestTiming? timing, bool replace = false)
    {
        timing?.Mark("render");
        if (db.Database.CurrentTransaction is null)
        {
            cache.Store(ticket, renderings.On(read.Basis), read.ReadAt, replace);
        }
        timing?.Mark("store");
        return renderings.Find(key) ?? throw new InvalidOperationException($"the renderer did not render '{key}'");
    }

    /// <summary>How much recent done work is kept on a cached inbox: the `/village` page's list.</summary>
    public const int RecentDoneRows = 20;

    /// <summary>Work the village marked done, newest first, read through the admitted-work gate (the API's done list).</summary>
    public async Task<List<AssignmentView>> DoneAsync(Actor actor, int take = 50, CancellationToken ct = default) =>
        (await AssignmentQueries.ViewsAsync(db, DoneQuery(VillageOf(actor), Math.Clamp(take, 1, MaxRows)), ct, verdicts))
            .OrderByDescending(v => v.CompletedAtUtc).ToList();

    /// <summary>
    /// The page's recent done list (up to <see cref="RecentDoneRows"/>, newest first) as markup in one language
    /// (<paramref name="key"/> names it), rendered by <paramref name="render"/> when it is not kept: from the kept
    /// language-neutral snapshot when the village's entry has it (no read), else from a read, kept with the snapshot
    /// under the inbox's ticket rule (the same changes evict both).
    /// </summary>
    /// <remarks>
    /// The list shows a title and a date per line, so it reads only those (<see cref="DoneLine"/>) through the
    /// admitted-work gate: not the decision, its verdict, the names and the exit requests a view needs (issue 20: a page
    /// miss read and judged them for nothing).
    /// </remarks>
    public async Task<string> RecentDonePageAsync(Actor actor, string key, Func<IReadOnlyList<DoneLine>, Task<string>> render,
        CancellationToken ct = default)
    {
        var village = VillageOf(actor);
        var ticket = cache.Begin(village);
        if (cache.TryPeek(village, out var entry) && entry!.Text(key) is { } kept)
        {
            return kept;
        }
        if (entry?.Bytes(DoneRendering) is { } snapshot)
        {
            var derived = await render(InboxSnapshot.ReadDone(snapshot));
            if (db.Database.CurrentTransaction is null)
            {
                cache.Store(ticket, OpenInbox.Of(key, derived).On(entry.Basis));
            }
            return derived;
        }
        var readAt = Environment.TickCount64;
        var recent = await DoneLinesAsync(village, ct);
        var markup = await render(recent);
        if (db.Database.CurrentTransaction is null && village != NoVillage)
        {
            // On the entry's basis when it has one: its fingerprint was taken before this read too, and covers what the
            // list rests on (every assignment of the village, the village rows and submissions of those not cancelled).
            cache.Store(ticket, OpenInbox.Of(key, markup, DoneRendering, InboxSnapshot.Write(recent)).On(entry?.Basis), readAt);
        }
        return markup;
    }

    /// <summary>The lines of the recent done list, newest first.</summary>
    internal async Task<List<DoneLine>> DoneLinesAsync(string village, CancellationToken ct) =>
        (await DoneQuery(village, RecentDoneRows).AsNoTracking().Select(a => new DoneLine(a.Id, a.Title, a.CompletedAtUtc, a.DispatchedAtUtc)).ToListAsync(ct))
            .OrderByDescending(l => l.CompletedAtUtc).ToList();

    private IQueryable<Assignment> DoneQuery(string village, int take) =>
        AdmittedWork.ForVillage(db, village).Where(a => a.Status == AssignmentStatus.Done).OrderByDescending(a => a.CompletedAtUtc).Take(take);

    /// <summary>One assignment of this village, or null (not found, another village's, or not admitted).</summary>
    public async Task<AssignmentView?> GetAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        (await AssignmentQueries.ViewsAsync(db, AdmittedWork.ForVillage(db, VillageOf(actor)).Where(a => a.Id == id), ct, verdicts)).SingleOrDefault();

    /// <summary>The village's own progress reports on one of its assignments, oldest first.</summary>
    public async Task<List<ProgressReport>> ProgressAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var village = VillageOf(actor);
        return await db.ProgressReports.AsNoTracking()
            .Where(p => p.AssignmentId == id && p.VillageCode == village && AdmittedWork.ForVillage(db, village).Any(a => a.Id == id))
            .OrderBy(p => p.ReportedAtUtc).ToListAsync(ct);
    }

    /// <summary>The display names of the people who reported progress (login → name), for the progress history.</summary>
    public Task<IReadOnlyDictionary<string, string>> ReporterNamesAsync(IEnumerable<ProgressReport> reports, CancellationToken ct = default) =>
        new PeopleNameService(db).DisplayNamesAsync(reports.Select(r => r.ReportedBy), ct);

    /// <summary>
    /// Is this demand admitted? Admitted work in force for the village, filtered by department and by a topic whose
    /// every word matches the title, the submission's description, a demand (its kind's name, certificate, signboard or
    /// note), a list item or the department's name. No match is not a verdict: the wording may differ.
    /// </summary>
    public async Task<List<AssignmentView>> SearchAsync(Actor actor, string? departmentCode, string? topic, CancellationToken ct = default)
    {
        var village = VillageOf(actor);
        var today = clock.Today;
        var query = AdmittedWork.ForVillage(db, village).Where(a => a.EndDate >= today);
        if (!string.IsNullOrWhiteSpace(departmentCode))
        {
            query = query.Where(a => a.DepartmentCode == departmentCode.Trim());
        }
        foreach (var word in AdmittedWordSearch.Words(topic))
        {
            var (k1, k2, k3) = AdmittedWordSearch.DemandKindTokens(word);
            query = query.Where(a => a.Title.Contains(word) || a.ListItemsJson.Contains(word) || a.DemandsJson.Contains(word)
                || a.DemandsJson.Contains(k1) || a.DemandsJson.Contains(k2) || a.DemandsJson.Contains(k3)
                || db.Submissions.Any(s => s.Id == a.SubmissionId && s.Description.Contains(word))
                || db.Departments.Any(d => d.Code == a.DepartmentCode && (d.NameZh.Contains(word) || d.NameEn.ToLower().Contains(word.ToLower()))));
        }
        return (await AssignmentQueries.ViewsAsync(db, query.OrderBy(a => a.DueDate).Take(100), ct, verdicts)).OrderBy(v => v.DueDate).ToList();
    }

    /// <summary>Every assignment of the village (open and done), for its own export.</summary>
    public async Task<List<AssignmentView>> ExportAsync(Actor actor, CancellationToken ct = default) =>
        (await AssignmentQueries.ViewsAsync(db, AdmittedWork.ForVillage(db, VillageOf(actor)).OrderBy(a => a.DueDate).Take(5000), ct, verdicts))
            .OrderBy(v => v.DueDate).ToList();

    /// <summary>The village's scope; a caller that is not a village committee sees nothing at all.</summary>
    internal static string VillageOf(Actor actor) =>
        actor.Role == AppRoles.VillageCommittee && actor.OrgUnitCode is { Length: > 0 } code ? code : NoVillage;

    /// <summary>The village of an actor who acts in another role: matches no village's work.</summary>
    private const string NoVillage = "-";
}

/// <summary>Renders a village's open work: every rendering to keep on its cached inbox, the one asked for among them.</summary>
public delegate ValueTask<OpenInbox> InboxRenderer(IReadOnlyList<DueGroup> groups);

/// <summary>Renders the one asked for from what a village's cached inbox keeps (no read), or null when it cannot.</summary>
public delegate ValueTask<OpenInbox?> InboxDeriver(OpenInbox kept);
