using System.Globalization;

namespace TaskAdmission.Workflows.Definitions;

/// <summary>A Quartz cron expression (<c>sec min hour day-of-month month day-of-week [year]</c>), as Flowable and Activiti write them.</summary>
/// <remarks>
/// Hand-written rather than Cronos or NCrontab (both restore): those read day-of-week numbers the Unix way (0 = Sunday,
/// 1 = Monday), while Quartz, and therefore every Flowable model, counts 1 = Sunday … 7 = Saturday, so a library would
/// silently shift every numeric weekday by one. The engine also keeps to Microsoft.Extensions abstractions only.
/// Supported: <c>*</c>, <c>?</c>, lists, ranges, steps, month and weekday names. Refused: <c>L</c>, <c>W</c>, <c>#</c>.
/// </remarks>
public sealed class CronSchedule
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly bool[] seconds;
    private readonly bool[] minutes;
    private readonly bool[] hours;
    private readonly bool[] daysOfMonth;
    private readonly bool[] months;
    private readonly bool[] daysOfWeek;
    private readonly bool[]? years;
    private readonly bool anyDayOfMonth;
    private readonly bool anyDayOfWeek;

    private CronSchedule(string text, string[] fields)
    {
        Text = text;
        seconds = Field(fields[0], 0, 59, null, "second");
        minutes = Field(fields[1], 0, 59, null, "minute");
        hours = Field(fields[2], 0, 23, null, "hour");
        daysOfMonth = Field(fields[3], 1, 31, null, "day of month");
        months = Field(fields[4], 1, 12, MonthNames, "month");
        daysOfWeek = Field(fields[5], 1, 7, DayNames, "day of week");
        years = fields.Length == 7 ? Field(fields[6], 1970, 2199, null, "year") : null;
        anyDayOfMonth = fields[3] is "*" or "?";
        anyDayOfWeek = fields[5] is "*" or "?";
        if (!anyDayOfMonth && !anyDayOfWeek)
        {
            throw new FormatException($"cron '{text}' restricts both day of month and day of week; Quartz needs one of them to be '?'");
        }
    }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>Parses a Quartz cron expression; throws <see cref="FormatException"/> naming the field at fault.</summary>
    public static CronSchedule Parse(string text)
    {
        var fields = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is not (6 or 7))
        {
            throw new FormatException($"cron '{text}' has {fields.Length} fields; write a Quartz cron with seconds first, e.g. '0 0 9 ? * MON-FRI' (6 or 7 fields)");
        }

        return new CronSchedule(text.Trim(), fields.Select(f => f.ToUpperInvariant()).ToArray());
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in <paramref name="zone"/>; null when there is none within ten years.</summary>
    public DateTimeOffset? Next(DateTimeOffset after, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(after, zone).DateTime;
        var from = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second).AddSeconds(1);
        for (var day = from.Date; day < from.Date.AddYears(10); day = day.AddDays(1))
        {
            if (!DayMatches(day)) continue;
            var earliest = day == from.Date ? from.TimeOfDay : TimeSpan.Zero;
            if (FirstTime(earliest) is not { } time) continue;
            var candidate = day + time;
            if (zone.IsInvalidTime(candidate)) continue;
            return new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private bool DayMatches(DateTime day) =>
        months[day.Month]
        && (years is null || (day.Year <= 2199 && years[day.Year - 1970]))
        && (anyDayOfMonth || daysOfMonth[day.Day])
        && (anyDayOfWeek || daysOfWeek[(int)day.DayOfWeek + 1]);

    private TimeSpan? FirstTime(TimeSpan earliest)
    {
        for (var h = earliest.Hours; h < 24; h++)
        {
            if (!hours[h]) continue;
            for (var m = h == earliest.Hours ? earliest.Minutes : 0; m < 60; m++)
            {
                if (!minutes[m]) continue;
                var sameMinute = h == earliest.Hours && m == earliest.Minutes;
                for (var s = sameMinute ? earliest.Seconds : 0; s < 60; s++)
                {
                    if (seconds[s]) return new TimeSpan(h, m, s);
                }
            }
        }

        return null;
    }

    private bool[] Field(string field, int min, int max, string[]? names, string what)
    {
        var offset = what == "year" ? min : 0;
        var set = new bool[max - offset + 1];
        if (field is "*" or "?")
        {
            if (field == "?" && what is not ("day of month" or "day of week"))
            {
                throw new FormatException($"cron '{Text}': '?' is only allowed for day of month or day of week");
            }

            for (var v = min; v <= max; v++) set[v - offset] = true;
            return set;
        }

        foreach (var item in field.Split(','))
        {
            if (item.IndexOfAny(['L', 'W', '#']) >= 0 && (names is null || !names.Any(n => item.Contains(n, StringComparison.Ordinal))))
            {
                throw new FormatException($"cron '{Text}': '{item}' in the {what} field uses L, W or #, which are not supported");
            }

            var (range, step) = item.Split('/') switch
            {
                [var r] => (r, 1),
                [var r, var s] when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => (r, n),
                _ => throw new FormatException($"cron '{Text}': '{item}' in the {what} field is not a valid step"),
            };
            var (low, high) = range switch
            {
                "*" => (min, max),
                _ when range.Split('-') is [var a, var b] => (Value(a, min, max, names, what), Value(b, min, max, names, what)),
                _ => (Value(range, min, max, names, what), item.Contains('/') ? max : Value(range, min, max, names, what)),
            };
            if (low > high) throw new FormatException($"cron '{Text}': range '{range}' in the {what} field runs backwards");
            for (var v = low; v <= high; v += step) set[v - offset] = true;
        }

        return set;
    }

    private int Value(string text, int min, int max, string[]? names, string what)
    {
        if (names is not null && Array.IndexOf(names, text) is var index and >= 0) return index + min;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        throw new FormatException($"cron '{Text}': '{text}' is not a valid {what} ({min}-{max}{(names is null ? string.Empty : " or " + string.Join('/', names))})");
    }
}
