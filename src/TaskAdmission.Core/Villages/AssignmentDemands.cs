using System.Text.Json;
using System.Text.Json.Serialization;
using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Core.Villages;

/// <summary>The demands frozen on an assignment, as compact JSON with enum names.</summary>
public static class AssignmentDemands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(IEnumerable<DemandRequest> demands)
    {
        var json = JsonSerializer.Serialize(demands.ToList(), Json);
        return json.Length <= Assignment.DemandsMax ? json : JsonSerializer.Serialize(demands.Select(d => d with { Note = null }).ToList(), Json);
    }

    public static IReadOnlyList<DemandRequest> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<List<DemandRequest>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
