using System.Text.Json;

namespace TaskAdmission.Workflows.Cli;

/// <summary>Parsed arguments of <c>workflow run</c>.</summary>
internal sealed record CliRunOptions(
    string File,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<(string TaskDefinitionId, IReadOnlyDictionary<string, JsonElement> Variables)> Completions,
    string? CalendarFile)
{
    /// <summary>Parses arguments after "run"; returns null and an error message on bad usage.</summary>
    public static CliRunOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? file = null;
        string? calendar = null;
        var variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var completions = new List<(string, IReadOnlyDictionary<string, JsonElement>)>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--var" or "--complete" or "--calendar")
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{arg} needs a value";
                    return null;
                }

                var value = args[++i];
                error = arg switch
                {
                    "--var" => AddVariable(value, variables),
                    "--complete" => AddCompletion(value, completions),
                    _ => SetOnce(ref calendar, value),
                };
                if (error is not null) return null;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) || file is not null)
            {
                error = $"unexpected argument '{arg}'";
                return null;
            }
            else
            {
                file = arg;
            }
        }

        error = file is null ? "missing <file.bpmn>" : null;
        return file is null ? null : new CliRunOptions(file, variables, completions, calendar);
    }

    private static string? SetOnce(ref string? target, string value)
    {
        target = value;
        return null;
    }

    private static string? AddVariable(string text, Dictionary<string, JsonElement> variables)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0) return $"--var expects name=value but got '{text}'";

        // Values that parse as JSON keep their type (42, true, ["a"]); anything else is a plain string.
        var raw = text[(equals + 1)..];
        variables[text[..equals]] = TryParseJson(raw) ?? Execution.WorkflowVariables.Value(raw);
        return null;
    }

    private static string? AddCompletion(string text, List<(string, IReadOnlyDictionary<string, JsonElement>)> completions)
    {
        var equals = text.IndexOf('=');
        var id = equals < 0 ? text : text[..equals];
        var json = equals < 0 ? string.Empty : text[(equals + 1)..];
        if (id.Length == 0) return $"--complete expects <taskDefinitionId>=<json vars> but got '{text}'";
        if (json.Trim().Length == 0)
        {
            completions.Add((id, Execution.WorkflowVariables.Empty));
            return null;
        }

        if (TryParseJson(json) is not { ValueKind: JsonValueKind.Object } vars)
        {
            return $"--complete {id}: '{json}' is not a JSON object";
        }

        completions.Add((id, Execution.WorkflowVariables.From(vars)));
        return null;
    }

    private static JsonElement? TryParseJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
