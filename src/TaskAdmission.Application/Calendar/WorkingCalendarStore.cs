using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Application.Calendar;

/// <summary>Reads the working calendar from calendar_days and seeds it from the embedded national calendar.</summary>
public sealed class WorkingCalendarStore(AppDbContext db)
{
    /// <summary>The embedded statutory calendar (date,kind,name_zh; 2025–2026).</summary>
    public const string SeedFile = "cn-working-calendar.csv";

    /// <summary>The calendar as stored.</summary>
    public async Task<WorkingCalendar> LoadAsync(CancellationToken ct = default) =>
        ToCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));

    /// <summary>The calendar as stored (synchronous, for building the engine's singleton options).</summary>
    public WorkingCalendar Load() => ToCalendar(db.CalendarDays.AsNoTracking().ToList());

    /// <summary>Fills an empty calendar_days from the embedded file; returns the rows added (0 when any exist).</summary>
    /// <remarks>Statutory holidays are the same for every environment, so this runs on every migrate, not only in demo mode.</remarks>
    public async Task<int> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.CalendarDays.AnyAsync(ct)) return 0;
        using var reader = new StreamReader(DemoFiles.Open(SeedFile));
        var calendar = WorkingCalendarCsv.Parse(reader, SeedFile);
        db.CalendarDays.AddRange(calendar.Entries.Select(e => new CalendarDay { Date = e.Date, Kind = e.Kind, NameZh = e.Name }));
        await db.SaveChangesAsync(ct);
        return calendar.Entries.Count;
    }

    private static WorkingCalendar ToCalendar(IEnumerable<CalendarDay> days) =>
        new(days.Select(d => new CalendarEntry(d.Date, d.Kind, d.NameZh)));
}
