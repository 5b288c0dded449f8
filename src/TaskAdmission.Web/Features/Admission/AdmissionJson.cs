using System.Text.Json;
using System.Text.Json.Serialization;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>JSON of the admission API: camelCase, enums as names, dates as yyyy-MM-dd, unknown properties refused.</summary>
public static class AdmissionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Largest request body the admission API reads (a 1 MB title still gets a field message, not a transport error).</summary>
    public const long MaxBodyBytes = 8 * 1024 * 1024;
}
