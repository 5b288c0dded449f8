using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using TaskAdmission.Workflows.Calendar;

namespace TaskAdmission.Application.Calendar;

/// <summary>
/// Maintains calendar_days (the statutory holidays and make-up working days): list a year, set or remove a day, import
/// a CSV all or nothing. Each change commits with its audit row and then makes the new calendar current on this node
/// (<see cref="WorkingCalendarReloader"/>); other nodes pick it up on their next periodic refresh.
/// </summary>
public sealed partial class WorkingCalendarService(AppDbContext db, AuditLog audit, WorkingCalendarStore store, WorkingCalendarReloader reloader)
{
    /// <summary>The year's entries in date order.</summary>
    public async Task<List<CalendarDay>> ListYearAsync(int year, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date).ToListAsync(ct);
    }

    /// <summary>Adds the day or replaces its kind and name; returns the problems (nothing is written when there are any).</summary>
    public async Task<IReadOnlyList<ImportProblem>> SetAsync(DateOnly date, CalendarDayKind kind, string? name, Actor actor, CancellationToken ct = default)
    {
        var problems = CalendarDayRules.Check(date, kind, name);
        if (problems.Count > 0)
        {
            return problems;
        }
        for (var attempt = 0; ; attempt++)
        {
            var existing = await db.CalendarDays.FindAsync([date], ct);
            var details = $"{kind} {name!.Trim()}" + (existing is null ? "" : $" (was {existing.Kind} {existing.NameZh})");
            Upsert(existing, date, kind, name.Trim());
            audit.Record(actor.UserName, "calendar.set", date.ToString("yyyy-MM-dd"), details);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Someone added or removed the same day meanwhile (two administrators, or a retried request):
                // nothing was written; read it again and apply this change on top.
                db.ChangeTracker.Clear();
            }
        }

        await reloader.ReloadAsync(store, ct);
        return [];
    }

    /// <summary>Removes the day's entry (it falls back to Monday–Friday); false when there was none.</summary>
    public async Task<bool> RemoveAsync(DateOnly date, Actor actor, CancellationToken ct = default)
    {
        var existing = await db.CalendarDays.FindAsync([date], ct);
        if (existing is null)
        {
            return false;
        }
        db.CalendarDays.Remove(existing);
        audit.Record(actor.UserName, "calendar.remove", date.ToString("yyyy-MM-dd"), $"{existing.Kind} {existing.NameZh}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Removed by someone else meanwhile: the day is gone either way, and this request wrote nothing.
            db.ChangeTracker.Clear();
            return false;
        }
        await reloader.ReloadAsync(store, ct);
        return true;
    }

    /// <summary>
    /// Imports <c>date,kind,name_zh</c> lines (the seed file's format): every line is checked first, and the entries are
    /// added or replaced only when no line has a problem. Days not in the file are kept.
    /// </summary>
    public async Task<CalendarImportResult> ImportAsync(TextReader csv, Actor actor, CancellationToken ct = default)
    {
        var text = await csv.ReadToEndAsync(ct);
        WorkingCalendar parsed;
        try
        {
            parsed = WorkingCalendarCsv.Parse(new StringReader(text), "csv");
        }
        catch (FormatException e)
        {
            var match = LineNumber().Match(e.Message);
            var line = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var detail = match.Success ? e.Message[(match.Index + match.Length)..].Trim() : e.Message;
            return new CalendarImportResult(0, 0, [new ImportProblem(line, "", "CalendarFormat", detail)]);
        }
        if (parsed.Entries.Count == 0)
        {
            return new CalendarImportResult(0, 0, [new ImportProblem(0, "", "CalendarEmpty")]);
        }

        var lines = LinesByDate(text);
        var problems = parsed.Entries
            .SelectMany(e => CalendarDayRules.Check(e.Date, e.Kind, e.Name, lines.GetValueOrDefault(e.Date)))
            .OrderBy(p => p.Line).ToList();
        if (problems.Count > 0)
        {
            return new CalendarImportResult(0, 0, problems);
        }

        var dates = parsed.Entries.Select(e => e.Date).ToList();
        var existing = await db.CalendarDays.Where(d => dates.Contains(d.Date)).ToDictionaryAsync(d => d.Date, ct);
        foreach (var entry in parsed.Entries)
        {
            Upsert(existing.GetValueOrDefault(entry.Date), entry.Date, entry.Kind, entry.Name.Trim());
        }
        var added = parsed.Entries.Count - existing.Count;
        audit.Record(actor.UserName, "calendar.import", "calendar_days",
            $"{added} added, {existing.Count} replaced, {dates.Min():yyyy-MM-dd}..{dates.Max():yyyy-MM-dd}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another change to the same days won the race; nothing of this import was written.
            db.ChangeTracker.Clear();
            return new CalendarImportResult(0, 0, [new ImportProblem(0, "", "CalendarChangedMeanwhile")]);
        }
        await reloader.ReloadAsync(store, ct);
        return new CalendarImportResult(added, existing.Count, []);
    }

    private void Upsert(CalendarDay? existing, DateOnly date, CalendarDayKind kind, string name)
    {
        if (existing is null)
        {
            db.CalendarDays.Add(new CalendarDay { Date = date, Kind = kind, NameZh = name });
            return;
        }
        existing.Kind = kind;
        existing.NameZh = name;
    }

    /// <summary>The line number of each date in the file (the parser has already refused duplicates and bad dates).</summary>
    private static Dictionary<DateOnly, int> LinesByDate(string text)
    {
        var result = new Dictionary<DateOnly, int>();
        var reader = new StringReader(text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (number > 1 && DateOnly.TryParseExact(line.Split(',', 2)[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                result.TryAdd(date, number);
            }
        }
        return result;
    }

    [GeneratedRegex(@"line (\d+):")]
    private static partial Regex LineNumber();
}
