using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Application.Calendar;

/// <summary>
/// Swaps a freshly read calendar into the singleton <see cref="WorkflowEngineOptions.Calendar"/>, which the engine and
/// (through the scoped <see cref="WorkingCalendar"/> registration) every use case read. Reloads are serialised, so a
/// slow read that started before a change can never overwrite the calendar read after it.
/// </summary>
public sealed class WorkingCalendarReloader(WorkflowEngineOptions options)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Reads calendar_days through <paramref name="store"/> and makes it the current calendar; returns it.</summary>
    public async Task<WorkingCalendar> ReloadAsync(WorkingCalendarStore store, CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            var calendar = await store.LoadAsync(ct);
            options.Calendar = calendar; // a reference swap: readers see the old or the new calendar, never a mix
            return calendar;
        }
        finally
        {
            gate.Release();
        }
    }
}
