using System.Text.Json.Nodes;

namespace TaskAdmission.Testing.Villages;

/// <summary>The village inbox API (<see cref="Path"/>) as a signed-in village client reads it.</summary>
public static class VillageInbox
{
    public const string Path = "/api/v1/villages/me/assignments";

    /// <summary>Every open assignment of an inbox answer, across its due-date groups.</summary>
    public static List<JsonNode> Assignments(string json) =>
        [.. JsonNode.Parse(json)!["groups"]!.AsArray().SelectMany(g => g!["assignments"]!.AsArray()).Select(a => a!)];

    /// <summary>The titles of the open assignments the client's village sees now.</summary>
    public static async Task<List<string>> TitlesAsync(HttpClient village) =>
        [.. Assignments(await village.GetStringAsync(Path)).Select(a => a["title"]!.GetValue<string>())];
}
