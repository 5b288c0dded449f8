using System.Text.Json;
using System.Text.Json.Serialization;

namespace TaskAdmission.Core.Villages;

/// <summary>The list items an assignment was admitted under, with titles in both languages, frozen at dispatch.</summary>
public static class AssignmentListItems
{
    public sealed record Item(
        [property: JsonPropertyName("c")] string Code,
        [property: JsonPropertyName("zh")] string TitleZh,
        [property: JsonPropertyName("en")] string? TitleEn)
    {
        public string Title(bool english) => english && !string.IsNullOrEmpty(TitleEn) ? TitleEn : TitleZh;
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(IEnumerable<Item> items)
    {
        var list = items.ToList();
        var json = JsonSerializer.Serialize(list, Json);
        // Titles are a courtesy; the codes must fit.
        return json.Length <= Assignment.ListItemsMax ? json : JsonSerializer.Serialize(list.Select(i => i with { TitleZh = "", TitleEn = null }), Json);
    }

    public static IReadOnlyList<Item> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<List<Item>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
