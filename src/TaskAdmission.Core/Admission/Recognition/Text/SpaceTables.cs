namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// (phase 33) A table typed with runs of spaces between its cells (序号  工作任务  责任单位  完成时限). Its header is a line of
/// at least three short cells one of which names who does the row ([space_tables.columns]: 责任单位, 牵头单位, 落实主体 …);
/// each following line with as many cells is a row, up to the first line that has another number. The runs of spaces between
/// the cells of these lines are the table's cell marks: the normaliser writes them as bars, as it does tabs, so the table
/// readers read the table as they read one typed with bars. Spaces anywhere else keep their reading (dropped between
/// Chinese characters).
/// </summary>
internal static class SpaceTables
{
    private static readonly Lazy<string[]> Columns = new(() => RecognitionCues.Instance.List("space_tables.columns"));

    private const int MinCells = 3;
    private const int MaxHeaderCell = 8;

    /// <summary>The runs of spaces to write as cell marks, as source start → source end; null when the text holds no such table.</summary>
    internal static Dictionary<int, int>? Marks(string source)
    {
        if (source.IndexOf('\n') < 0 || (source.IndexOf(' ') < 0 && source.IndexOf('\u3000') < 0)
            || !Columns.Value.Any(c => source.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }
        var lines = new List<(int Start, int End)>();
        for (var start = 0; start <= source.Length;)
        {
            var end = source.IndexOf('\n', start);
            if (end < 0)
            {
                end = source.Length;
            }
            lines.Add((start, end > start && source[end - 1] == '\r' ? end - 1 : end));
            start = end + 1;
        }
        Dictionary<int, int>? marks = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var header = Cells(source, lines[i].Start, lines[i].End);
            if (header.Count < MinCells || header.Any(c => c.End - c.Start > MaxHeaderCell)
                || !header.Any(c => Columns.Value.Any(w => source.AsSpan(c.Start, c.End - c.Start).EndsWith(w, StringComparison.Ordinal))))
            {
                continue;
            }
            // The rows, each line's cells split once: kept for the marks.
            var rows = new List<List<(int Start, int End)>> { header };
            while (i + rows.Count < lines.Count && Cells(source, lines[i + rows.Count].Start, lines[i + rows.Count].End) is var row
                && row.Count == header.Count)
            {
                rows.Add(row);
            }
            if (rows.Count == 1)
            {
                continue;
            }
            marks ??= [];
            foreach (var cells in rows)
            {
                for (var c = 1; c < cells.Count; c++)
                {
                    marks[cells[c - 1].End] = cells[c].Start;
                }
            }
            i += rows.Count - 1;
        }
        return marks;
    }

    /// <summary>The cells of a line between runs of spaces; a line holding a bar or a tab is already a table's and has none.</summary>
    private static List<(int Start, int End)> Cells(string source, int start, int end)
    {
        var cells = new List<(int Start, int End)>();
        if (source.AsSpan(start, end - start).IndexOfAny('|', '\t', '｜') >= 0)
        {
            return cells;
        }
        var at = start;
        while (at < end)
        {
            while (at < end && IsSpace(source[at]))
            {
                at++;
            }
            if (at >= end)
            {
                break;
            }
            var cell = at;
            while (at < end && !IsSpace(source[at]))
            {
                at++;
            }
            cells.Add((cell, at));
        }
        return cells;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000';
}
