using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// Reads one short text against the lists in force of every district once at start, so the first department desk of
/// the morning does not wait for what the pre-check builds on its first use.
/// </summary>
/// <remarks>
/// Why: the first pre-check of a process loads the Chinese segmenter's dictionary and builds, per list set in force,
/// the recogniser lexicon (every item's phrases parsed, the segmenter's user words), the item suggester and their
/// code's JIT — about half a second on a quiet machine, several seconds on a busy one. That first check is usually the
/// submission form's live panel, which then shows "fill in the form…" for seconds after the form is filled (seen in
/// the browser test of the form while other work ran beside it). Each district has its own merged list set (the
/// city's and its refinement), built and cached per set, so each district is read once. It runs in the background:
/// the app serves from its first second. A request that comes before the warm-up has finished waits for the segmenter's
/// dictionary being loaded, but may build its own copy of a district's lexicon or suggester (their caches do not make
/// requests wait; the results are the same). Failures are logged and forgotten: the first check then builds as before.
/// Off with <c>Admission:WarmPrecheckAtStart=false</c> (the test hosts, which start by the hundred and read on their own).
/// </remarks>
public sealed class PrecheckWarmup(
    IServiceScopeFactory scopes, IOptions<AdmissionOptions> options, ChinaClock clock, IHostApplicationLifetime lifetime, ILogger<PrecheckWarmup> logger) : BackgroundService
{
    /// <summary>The most districts read at start; a bigger city builds the rest on first use.</summary>
    private const int MaxDistricts = 64;

    /// <summary>Districts whose lists in force were read (null until the warm-up finished, or when it is off or failed).</summary>
    public int? DistrictsWarmed { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmPrecheckAtStart)
        {
            return;
        }
        try
        {
            // Let the host finish starting (Kestrel, the other workers) before taking the CPU.
            await WhenStartedAsync(stoppingToken);
            var started = Environment.TickCount64;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var org = await scope.ServiceProvider.GetRequiredService<OrgDirectoryCache>().GetAsync(db, stoppingToken);
            var precheck = scope.ServiceProvider.GetRequiredService<PrecheckService>();
            var firstVillageOfEachDistrict = org.Units.Where(u => u.Kind.IsVillageLevel())
                .OrderBy(u => u.Code, StringComparer.Ordinal)
                .GroupBy(u => org.Ancestor(u.Code, 2)?.Code ?? "")
                .Where(g => g.Key.Length > 0)
                .Select(g => g.First().Code)
                .Take(MaxDistricts)
                .ToList();
            var warmed = 0;
            foreach (var village in firstVillageOfEachDistrict)
            {
                // A short honest request with one demand word, so the reading, the recognisers and the suggester all run.
                var read = await precheck.EarlySignalsAsync("入户走访登记", "请协助入户走访，填写登记表。", "", [village], clock.Today, AppLanguage.ZhCn, stoppingToken);
                warmed += read is null ? 0 : 1;
            }
            DistrictsWarmed = warmed;
            logger.LogInformation("Pre-check warmed for {Districts} of {Candidates} districts in {Ms} ms.", warmed, firstVillageOfEachDistrict.Count, Environment.TickCount64 - started);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stopped first.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Pre-check warm-up failed; the first pre-check builds what it needs.");
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task.ContinueWith(t => { onStarted.Dispose(); onStopping.Dispose(); return t; }, TaskScheduler.Default).Unwrap();
    }
}
