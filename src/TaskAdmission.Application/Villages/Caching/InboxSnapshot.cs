using System.Text.Json;
using System.Text.Json.Serialization;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// The open work's views (and the recent done list's lines) as UTF-8 JSON, so a cached inbox keeps them as one byte array
/// instead of an object graph (<see cref="OpenInbox"/>): written once per read, read back only to render the `/village`
/// page's markup in the other language without a read. Language-neutral (both names of a department or unit are in the
/// views), enums as numbers.
/// Not an API: its shape is the views', and nothing outside this process reads it.
/// </summary>
public static class InboxSnapshot
{
    public static byte[] Write(IReadOnlyList<DueGroup> groups) => JsonSerializer.SerializeToUtf8Bytes(groups, InboxSnapshotJson.Default.IReadOnlyListDueGroup);

    public static IReadOnlyList<DueGroup> ReadGroups(byte[] utf8) =>
        JsonSerializer.Deserialize(utf8, InboxSnapshotJson.Default.IReadOnlyListDueGroup) ?? [];

    public static byte[] Write(IReadOnlyList<DoneLine> lines) => JsonSerializer.SerializeToUtf8Bytes(lines, InboxSnapshotJson.Default.IReadOnlyListDoneLine);

    public static IReadOnlyList<DoneLine> ReadDone(byte[] utf8) =>
        JsonSerializer.Deserialize(utf8, InboxSnapshotJson.Default.IReadOnlyListDoneLine) ?? [];
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<DueGroup>))]
[JsonSerializable(typeof(IReadOnlyList<DoneLine>))]
internal sealed partial class InboxSnapshotJson : JsonSerializerContext;
