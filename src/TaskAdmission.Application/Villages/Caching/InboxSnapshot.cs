using System.Text.Json;
using System.Text.Json.Serialization;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// The `/village` page's cards (and its recent done list) as UTF-8 JSON of their views, so a cached inbox keeps them as
/// one byte array instead of an object graph (<see cref="OpenInbox"/>): written once per read, read back on each view of
/// the page from the cache. Language-neutral (both names of a department or unit are in the views), enums as numbers.
/// Not an API: its shape is the views', and nothing outside this process reads it.
/// </summary>
public static class InboxSnapshot
{
    public static byte[] Write(IReadOnlyList<DueGroup> groups) => JsonSerializer.SerializeToUtf8Bytes(groups, InboxSnapshotJson.Default.IReadOnlyListDueGroup);

    public static IReadOnlyList<DueGroup> ReadGroups(byte[] utf8) =>
        JsonSerializer.Deserialize(utf8, InboxSnapshotJson.Default.IReadOnlyListDueGroup) ?? [];

    public static byte[] Write(IReadOnlyList<AssignmentView> views) => JsonSerializer.SerializeToUtf8Bytes(views, InboxSnapshotJson.Default.IReadOnlyListAssignmentView);

    public static IReadOnlyList<AssignmentView> ReadViews(byte[] utf8) =>
        JsonSerializer.Deserialize(utf8, InboxSnapshotJson.Default.IReadOnlyListAssignmentView) ?? [];
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<DueGroup>))]
[JsonSerializable(typeof(IReadOnlyList<AssignmentView>))]
internal sealed partial class InboxSnapshotJson : JsonSerializerContext;
