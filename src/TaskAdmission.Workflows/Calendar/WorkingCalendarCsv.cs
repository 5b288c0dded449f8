using System.Globalization;

namespace TaskAdmission.Workflows.Calendar;

/// <summary>Loads a <see cref="WorkingCalendar"/> from CSV with the header <c>date,kind,name_zh</c>.</summary>
public static class WorkingCalendarCsv
{
    private const string ExpectedHeader = "date,kind,name_zh";

    /// <summary>Reads the CSV file at <paramref name="path"/>; throws <see cref="FormatException"/> naming the bad line.</summary>
    public static WorkingCalendar Load(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, Path.GetFileName(path));
    }

    /// <summary>Parses CSV text; <paramref name="sourceName"/> prefixes error messages.</summary>
    public static WorkingCalendar Parse(TextReader reader, string sourceName = "calendar")
    {
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.Trim(), ExpectedHeader, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"{sourceName} line 1: expected header '{ExpectedHeader}'");
        }

        var entries = new List<CalendarEntry>();
        var seen = new HashSet<DateOnly>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var entry = ParseLine(line, lineNumber, sourceName);
            if (!seen.Add(entry.Date))
            {
                throw new FormatException($"{sourceName} line {lineNumber}: date {entry.Date:yyyy-MM-dd} appears twice");
            }

            entries.Add(entry);
        }

        return new WorkingCalendar(entries);
    }

    private static CalendarEntry ParseLine(string line, int lineNumber, string sourceName)
    {
        // The name is the last column, so splitting into at most three keeps commas inside names intact.
        var parts = line.Split(',', 3);
        if (parts.Length < 2)
        {
            throw new FormatException($"{sourceName} line {lineNumber}: expected 'date,kind,name_zh'");
        }

        if (!DateOnly.TryParseExact(parts[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"{sourceName} line {lineNumber}: '{parts[0]}' is not a yyyy-MM-dd date");
        }

        if (!Enum.TryParse<CalendarDayKind>(parts[1].Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new FormatException($"{sourceName} line {lineNumber}: kind '{parts[1]}' must be Holiday or Workday");
        }

        var name = parts.Length > 2 ? parts[2].Trim().Trim('"') : string.Empty;
        return new CalendarEntry(date, kind, name);
    }
}
