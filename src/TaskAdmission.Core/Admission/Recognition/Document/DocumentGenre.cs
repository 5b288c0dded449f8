using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// What kind of paper the notice is (its genre, from the title's last word): a department's own 简报, 讲话, 答复函 … or an
/// instruction; and, in a report or announcement, a village called by its name as the place of the issuer's own work.
/// </summary>
internal static class DocumentGenre
{
    // Papers that tell what the issuer did or will do and where (a report, a speech, an announcement): a village named by
    // its name there is a place. A 说明, 指南 or 答复 names villages as whom it concerns, so it is not among them.
    internal static readonly string[] ReportGenres = RecognitionCues.Instance.List("document_genre.report_genres");

    /// <summary>Genres spoken to an audience: a speech whose title names the villages' cadres speaks to them.</summary>
    internal static readonly string[] Speeches = RecognitionCues.Instance.List("document_genre.speeches");

    internal static readonly string[] DemandWords = RecognitionCues.Instance.List("document_genre.demand_words");

    /// <summary>
    /// The genre word a title ends with (brackets such as （节选）, （第5期） set aside), or 一图读懂 opening it: a department's
    /// own paper. An instruction (通知, 方案, 意见, 办法 …) gives null.
    /// </summary>
    internal static string? GenreOf(string title, RecognitionCues cues)
    {
        var text = WithoutAsides(title.Trim());
        if (Ending(text, cues) is { } genre)
        {
            return genre;
        }
        // (phase 9) 安宁镇工作简报（第8期）：综合执法队快速制止违建 — the genre before a subtitle.
        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            var head = text[..colon].TrimEnd();
            while (head.Length > 0 && head[^1] is ')' or '）' && head.LastIndexOfAny(['(', '（']) is > 0 and var open)
            {
                head = head[..open].TrimEnd();
            }
            return Ending(head, cues);
        }
        return null;
    }

    /// <summary>The title without its trailing bracketed asides: （节选）, （2027年第3期）, （县应急管理局局长，摘要）.</summary>
    internal static string WithoutAsides(string title)
    {
        var text = title;
        while (text.Length > 0 && text[^1] is ')' or '）')
        {
            var open = text.LastIndexOfAny(['(', '（']);
            if (open <= 0)
            {
                break;
            }
            text = text[..open].TrimEnd();
        }
        return text;
    }

    private static string? Ending(string text, RecognitionCues cues)
    {
        foreach (var genre in cues.OwnWorkGenres)
        {
            if (genre.EndsWith(':') ? text.StartsWith(genre[..^1], StringComparison.Ordinal) : text.EndsWith(genre, StringComparison.Ordinal))
            {
                return genre.TrimEnd(':');
            }
        }
        return null;
    }

    /// <summary>
    /// In a report or announcement: the named village in the match's sentence when every village there is one village
    /// called by its name (水井村片区, 在柳林村、瓦窑村…, 前往枫香村…) and the sentence asks nothing (no 请, 要, 须, 应, 负责…):
    /// the place of the issuer's own work. Null otherwise.
    /// </summary>
    internal static string? PlaceOnly(FieldReading field, int sourceStart)
    {
        var k = -1;
        for (var i = 0; i < field.Clauses.Count; i++)
        {
            var (s, e) = field.Text.ToSource(field.Clauses[i].Start, field.Clauses[i].End);
            if (sourceStart >= s && sourceStart < e)
            {
                k = i;
                break;
            }
        }
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var sentence = field.Clauses[k].Sentence;
        var cues = RecognitionCues.Instance;
        string? named = null;
        for (var i = 0; i < field.Clauses.Count; i++)
        {
            var clause = field.Clauses[i];
            if (clause.Sentence != sentence)
            {
                continue;
            }
            var words = text[clause.Start..clause.End];
            if (DemandWords.Any(d => words.Contains(d, StringComparison.Ordinal)))
            {
                return null;
            }
            var mentions = field.Reader.Mentions(i);
            foreach (var village in mentions.Where(m => m.Kind == ActorKind.Village))
            {
                // 柳林村 (jieba kept the name whole), or 柳林/村 glued to a name: one village called by its name. 各村,
                // 村委会, 户籍地村 — general words, or a bare 村 after 地/在/属/级 — speak of every village.
                var glued = DocumentText.Glued(text, clause, mentions, village);
                // (phase 37) 由巡逻队当场暂扣…: a post of the village's named without a village word (a squad, a station, an
                // officer the paper has the village form or staff) is the village acting, not a village named as a place.
                if (!glued && (cues.Village.Contains(village.Text) || DocumentText.KindOfVillage(village.Text)
                    || !cues.VillageMarkers.Any(m => village.Text.Contains(m, StringComparison.Ordinal))))
                {
                    return null;
                }
                named ??= glued ? text[Math.Max(clause.Start, village.Start - 2)..village.End] : village.Text;
            }
        }
        return named;
    }
}
