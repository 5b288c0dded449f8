using System.Globalization;
using TaskAdmission.Core.Admission.Recognition.Patterns;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Lists;

/// <summary>
/// Message catalogue: renders a <see cref="ListProblem"/> in zh-CN or en. The host shows these texts; the code
/// and arguments stay the machine-readable truth.
/// </summary>
public static partial class ListMessages
{
    public static string Render(ListProblem problem, CultureInfo culture) =>
        Render(problem, AppLanguages.FromCulture(culture));

    public static string Render(ListProblem problem, AppLanguage language) =>
        Location(problem, language) + Text(problem.Code, problem.Arguments, language);

    /// <summary>The message without the row/column/item prefix.</summary>
    public static string Text(ListProblemCode code, IReadOnlyList<string> arguments, AppLanguage language)
    {
        if (!Templates.TryGetValue(code, out var template))
        {
            return code.ToString();
        }

        // Missing arguments render empty rather than throwing: a message must never break the page showing it.
        var args = template.Args
            .Select((kind, i) => (object)Localise(kind, i < arguments.Count ? arguments[i] : "", language))
            .ToArray();
        var format = language == AppLanguage.ZhCn ? template.Zh : template.En;
        return string.Format(CultureInfo.InvariantCulture, format, args);
    }

    /// <summary>True when the catalogue has both languages for the code; the tests check every code.</summary>
    public static bool Has(ListProblemCode code) =>
        Templates.TryGetValue(code, out var t) && t.Zh.Length > 0 && t.En.Length > 0;

    /// <summary>How many arguments the message for <paramref name="code"/> expects.</summary>
    public static int ArgumentCount(ListProblemCode code) => Templates.TryGetValue(code, out var t) ? t.Args.Length : 0;

    private static string Location(ListProblem p, AppLanguage language)
    {
        var zh = language == AppLanguage.ZhCn;
        return (p.Row, p.Column, p.ItemCode) switch
        {
            (int r, string c, _) => zh ? $"第{r}行“{c}”列：" : $"Row {r}, column {c}: ",
            (int r, null, string i) => zh ? $"第{r}行（事项 {i}）：" : $"Row {r} (item {i}): ",
            (int r, null, null) => zh ? $"第{r}行：" : $"Row {r}: ",
            (null, string c, _) => zh ? $"“{c}”:" : $"{c}: ",
            (null, _, string i) => zh ? $"事项 {i}:" : $"Item {i}: ",
            _ => "",
        };
    }

    private static string Localise(ArgKind kind, string value, AppLanguage language) => kind switch
    {
        ArgKind.Kind when ListKinds.TryParse(value, out var k) => ListLabels.Kind(k, language),
        ArgKind.Demands => ListLabels.DemandList(ParseDemands(value), language),
        ArgKind.OpenDate when value.Length == 0 => language == AppLanguage.ZhCn ? "长期" : "open",
        ArgKind.Status when Enum.TryParse<ListSetStatus>(value, out var s) => StatusLabel(s, language),
        ArgKind.PatternReason => PatternReason(value, language),
        _ => value,
    };

    /// <summary>"UnknownGroup:税费" → the pattern language's own message for that refusal.</summary>
    private static string PatternReason(string value, AppLanguage language)
    {
        var colon = value.IndexOf(':');
        var code = colon < 0 ? value : value[..colon];
        return Enum.TryParse<PatternErrorCode>(code, out var parsed)
            ? PatternMessages.Text(parsed, colon < 0 ? "" : value[(colon + 1)..], language)
            : value;
    }

    private static DemandKind ParseDemands(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate(DemandKind.None, (acc, t) => DemandKinds.TryParseSingle(t, out var d) ? acc | d : acc);

    private static string StatusLabel(ListSetStatus status, AppLanguage language) => (status, language) switch
    {
        (ListSetStatus.Draft, AppLanguage.ZhCn) => "草稿",
        (ListSetStatus.Published, AppLanguage.ZhCn) => "已发布",
        (ListSetStatus.Retired, AppLanguage.ZhCn) => "已废止",
        _ => status.ToString(),
    };

    private enum ArgKind
    {
        Text,
        Kind,
        Demands,
        OpenDate,
        Status,
        PatternReason,
    }

    private sealed record Template(string Zh, string En, params ArgKind[] Args);
}
