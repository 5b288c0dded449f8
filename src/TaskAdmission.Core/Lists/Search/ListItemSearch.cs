namespace TaskAdmission.Core.Lists.Search;

/// <summary>Filtering over items in memory (sets are small: hundreds of items), keeping the input order.</summary>
public static class ListItemSearch
{
    public static IEnumerable<ListItem> Apply(IEnumerable<ListItem> items, ListItemFilter filter) =>
        Apply(items, filter, static i => i);

    /// <summary>For wrappers such as the in-force view: <c>Apply(inForce.Items, filter, e =&gt; e.Item)</c>.</summary>
    public static IEnumerable<T> Apply<T>(IEnumerable<T> source, ListItemFilter filter, Func<T, ListItem> item)
    {
        var words = (filter.Text ?? "").Split(' ', '\u3000', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var code = filter.Code?.Trim();
        var kinds = filter.Kinds is { Count: > 0 } k ? k.ToHashSet() : null;
        var category = filter.Category?.Trim();
        var department = filter.DepartmentCode?.Trim();
        return source.Where(s =>
        {
            var i = item(s);
            return words.All(w => Contains(i.TitleZh, w) || Contains(i.TitleEn, w))
                && (string.IsNullOrEmpty(code) || MatchesCode(i.Code, code, filter.CodeMatch))
                && (kinds is null || kinds.Contains(i.Kind))
                && (string.IsNullOrEmpty(category) || string.Equals(i.Category, category, StringComparison.OrdinalIgnoreCase))
                && (string.IsNullOrEmpty(department) || string.Equals(i.DepartmentCode, department, StringComparison.OrdinalIgnoreCase));
        });
    }

    private static bool Contains(string? text, string word) =>
        text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static bool MatchesCode(string code, string query, CodeMatch match) => match == CodeMatch.Prefix
        ? code.StartsWith(query, StringComparison.OrdinalIgnoreCase)
        : code.Contains(query, StringComparison.OrdinalIgnoreCase);
}
