namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// Keeps exported CSV from running as formulas when opened in a spreadsheet (CSV injection, OWASP) while still
/// round-tripping: a value whose first character after any leading apostrophes is a tab or CR, or is = + - @ after
/// leading white space (a spreadsheet trims it), gets one more apostrophe on export, and import removes exactly that one.
/// </summary>
internal static class CsvFormulaGuard
{
    public static string Escape(string value) => NeedsGuard(value) ? "'" + value : value;

    public static string Unescape(string value) => value.Length > 1 && value[0] == '\'' && NeedsGuard(value) ? value[1..] : value;

    private static bool NeedsGuard(string value)
    {
        var i = 0;
        while (i < value.Length && value[i] == '\'')
        {
            i++;
        }

        if (i < value.Length && value[i] is '\t' or '\r')
        {
            return true;
        }

        while (i < value.Length && char.IsWhiteSpace(value[i]))
        {
            i++;
        }

        return i < value.Length && value[i] is '=' or '+' or '-' or '@';
    }
}
