using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 19) A campaign the villages must enter is aimed at them, whoever runs it: 县反诈中心将在全县打造10个样板村，每个
/// 乡镇推荐1至2个村; 区农业农村局：示范村申报工作启动，请各镇组织符合条件的村申报; 每个镇街选择1个村建设示范基地. The body
/// that runs, selects, judges or names the model is not the one created — the village chosen, counted or named as the
/// model in the campaign's sentence is (<c>[campaign_villages.units]</c>, or a village the sentence names).
/// </summary>
/// <remarks>
/// Only for the demonstration family, only when the clause reading gave the campaign to another body (or to no one), and
/// never when the campaign is of persons or households (评选文明户: <see cref="ClauseStructure.PersonObject"/>). A
/// department's campaign of its own stations, schools or enterprises names no village and stays its own; a campaign the
/// villages enter by choice was already read as voluntary.
/// </remarks>
internal static class CampaignVillages
{
    private static readonly string[] Units = RecognitionCues.Instance.List("campaign_villages.units");
    private static readonly string[] NotUnits = RecognitionCues.Instance.List("campaign_villages.not_after");

    /// <summary>
    /// The village word the campaign's sentence chooses, counts or names as the model, outside the matched words (示范村
    /// in the match is the campaign's name, not a village entered), or null: a counted unit anywhere in the sentence (1个村,
    /// 所有行政村); a village named before the match (全镇各村均须参加…评选); or a village named after a choosing word (我镇
    /// 推荐大坪村, 像光明村这样的标杆).
    /// </summary>
    public static string? Entered(ClauseReader reader, int clauseIndex, int hitStart, int hitEnd)
    {
        var cues = RecognitionCues.Instance;
        if (ClauseStructure.PersonObject(reader, clauseIndex, hitEnd, cues) is not null)
        {
            return null;
        }
        var text = reader.Text;
        var (first, last) = ClauseScope.SentenceClauses(reader, clauseIndex);
        var (from, to) = (reader.Clauses[first].Start, reader.Clauses[last].End);
        foreach (var unit in Units)
        {
            for (var at = text.IndexOf(unit, from, to - from, StringComparison.Ordinal); at >= 0 && at + unit.Length <= to;
                 at = text.IndexOf(unit, at + unit.Length, to - at - unit.Length, StringComparison.Ordinal))
            {
                var next = at + unit.Length;
                if (at < hitEnd && next > hitStart
                    || next < to && NotUnits.Any(n => string.CompareOrdinal(text, next, n, 0, n.Length) == 0))
                {
                    continue;
                }
                return unit;
            }
        }
        for (var k = first; k <= last; k++)
        {
            foreach (var m in reader.Mentions(k))
            {
                if (m.Kind != ActorKind.Village)
                {
                    continue;
                }
                var lead = text[Math.Max(from, m.Start - ChoosingReach)..m.Start];
                // (phase 23) 各镇要组织所辖村全面参与创建: a village word the match only begins inside (村 | 全面参与创建) and that a
                // body is told to bring in ([campaign_villages.bringing_in]) is the village entered, not the campaign's name.
                var broughtIn = m.Start < hitStart && BringingIn.Any(b => lead.Contains(b, StringComparison.Ordinal));
                if (m.Start < hitEnd && m.End > hitStart && !broughtIn)
                {
                    continue;
                }
                if (m.End <= hitStart || broughtIn || Choosing.Any(c => lead.Contains(c, StringComparison.Ordinal)))
                {
                    return m.Text;
                }
            }
        }
        return null;
    }

    private static readonly string[] Choosing = RecognitionCues.Instance.List("campaign_villages.choosing");
    private static readonly string[] BringingIn = RecognitionCues.Instance.List("campaign_villages.bringing_in");

    // How far before a village a choosing word may stand (我镇推荐大坪村, 确定松岗村).
    private const int ChoosingReach = 4;
}
