using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace TaskAdmission.Application.Persistence;

/// <summary>
/// Turns EF's automatic change detection off until disposed, then back to what it was. With it on, every
/// <c>Entries()</c>, <c>Entry()</c> and collection-entry question scans all tracked entities again — an admission keeps
/// 1,000–10,000 village rows tracked, so one pass over them with detection on costs a scan per row.
/// <c>using var _ = db.ChangeTracker.PauseDetection();</c>
/// </summary>
public readonly struct ChangeDetectionPause : IDisposable
{
    private readonly ChangeTracker tracker;
    private readonly bool before;

    private ChangeDetectionPause(ChangeTracker tracker)
    {
        this.tracker = tracker;
        before = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
    }

    public static ChangeDetectionPause Of(ChangeTracker tracker) => new(tracker);

    public void Dispose() => tracker.AutoDetectChangesEnabled = before;
}

public static class ChangeDetectionPauseExtensions
{
    /// <summary>Change detection off until the returned pause is disposed (see <see cref="ChangeDetectionPause"/>).</summary>
    public static ChangeDetectionPause PauseDetection(this ChangeTracker tracker) => ChangeDetectionPause.Of(tracker);
}
