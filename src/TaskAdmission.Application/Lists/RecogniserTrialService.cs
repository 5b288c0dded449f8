using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Lists;

/// <summary>
/// The list administrator's "try it": a set's recognisers — a draft as it stands, a district set merged onto its city
/// set — over a pasted notice, and the shipped clean notices (<see cref="CleanNotices"/>) the set would block or flag.
/// Only for administrators who manage the set. Nothing is stored.
/// </summary>
public sealed class RecogniserTrialService(ListService lists)
{
    private const int CacheCapacity = 64;

    // The clean-notice check costs a few hundred checks; it depends only on the set's rows, so it is kept per content.
    private static readonly ConcurrentDictionary<string, IReadOnlyList<FlaggedNotice>> FlaggedByContent = new(StringComparer.Ordinal);

    public async Task<RecogniserTrialView> TryAsync(Guid setId, string? title, string? description, Actor actor, CancellationToken ct = default)
    {
        var set = await lists.FindManageableAsync(setId, actor, ct) ?? throw RefusalException.NotFound();
        var city = set.ParentListSetId is { } parentId ? await lists.FindAsync(parentId, actor, ct) : null;
        var applied = city is null ? set.Items : RecognitionTrial.Applied(city, set);
        var result = city is null ? RecognitionTrial.Try(set.Items, title, description) : RecognitionTrial.Try(city, set, title, description);
        return new RecogniserTrialView(set, city, result, Flagged(applied));
    }

    private static IReadOnlyList<FlaggedNotice> Flagged(IReadOnlyList<ListItem> items)
    {
        var key = ContentKey(items);
        if (FlaggedByContent.TryGetValue(key, out var found))
        {
            return found;
        }
        if (FlaggedByContent.Count >= CacheCapacity)
        {
            FlaggedByContent.Clear(); // bounded: starts again empty at its capacity
        }
        return FlaggedByContent[key] = RecognitionTrial.CleanNoticesFlagged(items, CleanNotices.All);
    }

    private static string ContentKey(IEnumerable<ListItem> items)
    {
        var text = new StringBuilder();
        foreach (var i in items)
        {
            text.Append(i.Kind).Append('\u001f').Append(i.Code).Append('\u001f').Append(i.Category).Append('\u001f')
                .Append(i.TitleZh).Append('\u001f').Append(i.Recognisers).Append('\u001e');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
