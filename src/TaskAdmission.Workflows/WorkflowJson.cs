using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TaskAdmission.Workflows;

/// <summary>The JSON settings for everything the engine persists or emits (variables, state, journal, outbox).</summary>
public static class WorkflowJson
{
    /// <summary>Serializer options that keep Chinese text readable instead of \uXXXX escapes; output is stored data, never embedded in HTML.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,

        // Enums as names keep persisted instance state readable and stable if enum members are reordered.
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Indented variant for human-facing output such as the CLI.</summary>
    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };
}
