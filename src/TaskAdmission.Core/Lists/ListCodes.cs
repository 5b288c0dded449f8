namespace TaskAdmission.Core.Lists;

/// <summary>
/// One place that says how item codes compare: case-insensitively, so that "zz-01" cannot sneak in beside
/// "ZZ-01" and overrides match regardless of how a spreadsheet capitalised them.
/// </summary>
public static class ListCodes
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    public static bool AreEqual(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
