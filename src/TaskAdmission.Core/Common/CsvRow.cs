namespace TaskAdmission.Core.Common;

/// <summary>One data row of a <see cref="CsvTable"/>, addressed by column name.</summary>
public sealed class CsvRow(int line, IReadOnlyList<string> header, IReadOnlyList<string> fields)
{
    /// <summary>The 1-based line in the file (the header is line 1).</summary>
    public int Line { get; } = line;

    /// <summary>The trimmed value of a column, or "" when absent.</summary>
    public string this[string column]
    {
        get
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (header[i] == column)
                {
                    return i < fields.Count ? fields[i].Trim() : "";
                }
            }
            return "";
        }
    }
}
