using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 36) Plates on things a department manages. An approver: "a plate on a tree, a well, a relic, a pole or a boundary
/// stone (古树名木保护牌, 文物保护牌, 杆塔编号牌) is the managing department's label on that thing, put up by it; the village is
/// only where the thing stands — it is no board of the village." The SIGNBOARD family warns of boards and mechanisms put on the
/// village; a board match whose words name such a thing right before the act (古树名木挂牌, 对…名村的古井统一挂牌) is read so:
/// <list type="bullet">
/// <item>in the description, when a body other than a village opens the clause as its doer (县文旅局对3个名村的古井统一挂牌) or
/// the clause gives the act to one by 由;</item>
/// <item>in the title (关于开展历史文化名村古树名木建档挂牌的通知, 关于古树名木挂牌工作的说明), when the description speaks of
/// the same boards and none of its matches puts one on the village (<see cref="DocumentReading"/>, with the regulated titles).</item>
/// </list>
/// Never when the village itself is told to hang the plates (请各村对本村古树逐株挂牌) or the thing is the village's own unit
/// (古树保护管理站, a station's board).
/// </summary>
internal static class LabelledThings
{
    private static readonly string[] Things = RecognitionCues.Instance.List("labelled_things.things");

    // 古树名木|建档|挂牌, 的古井|统一|挂牌: the characters between the thing and the board's act.
    private const int ThingReach = 6;

    /// <summary>The thing named right before the board's words at <paramref name="at"/> (no punctuation between), or null.</summary>
    internal static string? Before(string text, int from, int at)
    {
        var lead = text[Math.Max(from, at - ThingReach - 4)..at];
        foreach (var thing in Things)
        {
            var found = lead.LastIndexOf(thing, StringComparison.Ordinal);
            if (found >= 0 && lead.Length - found - thing.Length <= ThingReach
                && !lead[(found + thing.Length)..].Any(c => c is ',' or ';' or ':' or '。' or '、' or '"' or '“' or '”'))
            {
                return thing;
            }
        }
        return null;
    }

    /// <summary>A description's board match on a thing labelled by the body that opens its clause or takes it by 由: the cue, or null.</summary>
    internal static string? Of(FieldReading field, RecognitionHit hit)
    {
        if (hit.Entry.Family != LexiconFamilies.Signboard || hit.Field != TitleContext.Description
            || DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is not (>= 0 and var k))
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        var at = DocumentText.AtSource(field, k, hit.Spans[0].Start);
        if (Before(text, clause.Start, at) is not { } thing)
        {
            return null;
        }
        var mentions = field.Reader.Mentions(k).OrderBy(m => m.Start).ToList();
        // The body opening the clause (after its numbering), or one the clause gives the act to by 由.
        var doer = mentions.FirstOrDefault() is { Kind: ActorKind.Other, Text: { } opener } first && first.Start < at
            && text[clause.Start..first.Start] is var lead && lead.Length <= DocumentText.LeadLength(lead)
            ? opener
            : mentions.FirstOrDefault(m => m.Kind == ActorKind.Other && m.Start > clause.Start && text[m.Start - 1] == '由').Text;
        return doer is null ? null : $"{doer}…{thing}…{hit.MatchedText}";
    }
}
