using System.Text.Json;

namespace TaskAdmission.Workflows.Execution;

/// <summary>Helpers to build the variable maps the engine accepts: string names to JSON values.</summary>
public static class WorkflowVariables
{
    /// <summary>An empty, read-only variable map.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Empty { get; } = new Dictionary<string, JsonElement>();

    /// <summary>Serialises an anonymous object or dictionary to JSON and returns its top-level properties as variables.</summary>
    public static IReadOnlyDictionary<string, JsonElement> From(object? values)
    {
        if (values is null) return Empty;
        var element = values as JsonElement? ?? JsonSerializer.SerializeToElement(values, WorkflowJson.Options);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("variables must serialise to a JSON object", nameof(values));
        }

        return element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    /// <summary>Parses a JSON object text into variables, e.g. <c>{"outcome":"approve"}</c>.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement.Clone());
    }

    /// <summary>Converts a single CLR value to a JSON variable value.</summary>
    public static JsonElement Value(object? value) => JsonSerializer.SerializeToElement(value, WorkflowJson.Options);
}
