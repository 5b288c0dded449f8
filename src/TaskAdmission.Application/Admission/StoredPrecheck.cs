using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using TaskAdmission.Core.Admission.Precheck;

namespace TaskAdmission.Application.Admission;

/// <summary>The pre-check a submission's routing relied on, kept in both languages so every reader sees it as it was.</summary>
public sealed record StoredPrecheck(PrecheckResult Zh, PrecheckResult En)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static StoredPrecheck? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<StoredPrecheck>(json, Json);

    public PrecheckResult For(bool english) => english ? En : Zh;
}
