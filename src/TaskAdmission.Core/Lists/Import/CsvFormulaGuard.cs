namespace TaskAdmission.Core.Lists.Import;

/// <summary>
/// Keeps exported CSV from running as formulas when opened in Excel (CSV injection) while still round-tripping:
/// a value whose first character after any leading apostrophes is = + - @ tab or CR gets one more apostrophe on
/// export, and import removes exactly that one.
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

        return i < value.Length && value[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
