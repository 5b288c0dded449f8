using System.Text.Json;

namespace TaskAdmission.Workflows.Expressions;

/// <summary>Runtime value model of the expression language and its conversions to and from JSON.</summary>
/// <remarks>
/// Values are null, bool, decimal, string, <see cref="IReadOnlyList{T}"/> of values, or a
/// <see cref="JsonElement"/> holding a JSON object (kept as JSON so dotted paths can navigate it).
/// Decimal rather than double so that 0.1 + 0.2 == 0.3 and ratios like 2/3 compare exactly as written.
/// </remarks>
internal static class ExpressionValues
{
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var d)
            ? d
            : throw new ExpressionEvaluationException($"number {element.GetRawText()} is out of range"),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        _ => element,
    };

    public static JsonElement ToJson(object? value) => value switch
    {
        JsonElement element => element.Clone(),
        IReadOnlyList<object?> list => JsonSerializer.SerializeToElement(list.Select(ToJson).ToList(), WorkflowJson.Options),
        _ => JsonSerializer.SerializeToElement(value, WorkflowJson.Options),
    };

    public static string TypeName(object? value) => value switch
    {
        null => "null",
        bool => "boolean",
        decimal => "number",
        string => "string",
        IReadOnlyList<object?> => "list",
        _ => "object",
    };

    public static bool AreEqual(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (bool a, bool b) => a == b,
        (decimal a, decimal b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (IReadOnlyList<object?> a, IReadOnlyList<object?> b) => a.Count == b.Count && a.Zip(b).All(p => AreEqual(p.First, p.Second)),
        (JsonElement a, JsonElement b) => JsonElement.DeepEquals(a, b),
        _ => false,
    };

    public static int Compare(object? left, object? right, string op) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        _ => throw new ExpressionEvaluationException($"cannot apply '{op}' to {TypeName(left)} and {TypeName(right)}"),
    };

    public static bool ToBoolean(object? value, string context) => value is bool b
        ? b
        : throw new ExpressionEvaluationException($"{context} must be a boolean but was {TypeName(value)}");

    public static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => ToJson(value).GetRawText(),
    };
}
