namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Cites a firing prohibited match as the item the notice is about. General acts (责令停止, 没收, 予以处罚, 负责拆除) are
/// phrases of one item but are said of every sector. The title names the notice's subject: its last subject word (the
/// head of a Chinese noun phrase: 餐饮油烟<b>污染</b>整治 is about pollution) decides. A title naming no subject leaves it
/// to the sentence: the phrase's own item when its subject is named there, else the item whose subject is named nearest
/// to the match. A phrase whose matched words name its own item's subject stays with it. Only items with subject words (<see cref="Lists.LexiconFamilies.ItemSubjects"/>) take part, either way.
/// (phase 37) A match of the enforcement item (行政执法) that names a sanction (<see cref="Sanctions"/>: a fine, a
/// confiscation, a seizure, a sealing, a forced removal, an order to stop) goes with the sector only when the notice also
/// puts the sector's supervision on the village, or the sector's item names its enforcement; alone it is law enforcement
/// (<see cref="KeepSanctions"/>).
/// The search is bounded: the title, and the sentence within <see cref="Reach"/> characters of the match.
/// </summary>
internal static class SubjectMatter
{
    private const int Reach = 160;

    /// <summary>The title of the item of administrative enforcement itself (<c>subject_matter.enforcement_item</c>).</summary>
    private static readonly string[] EnforcementItem = RecognitionCues.Instance.List("subject_matter.enforcement_item");

    /// <summary>Words of a sector item's title that make it the enforcer of its sector (<c>subject_matter.sector_enforcement</c>).</summary>
    private static readonly string[] SectorEnforcement = RecognitionCues.Instance.List("subject_matter.sector_enforcement");

    /// <summary>Words of an inspection of a sector (<c>subject_matter.inspections</c>).</summary>
    private static readonly string[] Inspections = RecognitionCues.Instance.List("subject_matter.inspections");

    /// <summary>Words of a sanction imposed on a person (<c>subject_matter.sanctions</c>).</summary>
    private static readonly string[] Sanctions = RecognitionCues.Instance.List("subject_matter.sanctions");

    /// <summary>
    /// The item a firing match is cited under; <paramref name="sanction"/> is the enforcement item when the match is its
    /// sanction and was cited under another sector (for <see cref="KeepSanctions"/>), else null.
    /// </summary>
    public static RecogniserEntry Resolve(RecogniserLexicon lexicon, RecogniserEntry entry, FieldReading reading, int clauseIndex, (int Start, int End)[] chain, FieldReading? title, out RecogniserEntry? sanction)
    {
        sanction = null;
        if (entry.Target != RecogniserTarget.ProhibitedWork || lexicon.Subjects.Count == 0 || !lexicon.Subjects.Any(s => s.Entry == entry))
        {
            return entry;
        }
        var own = lexicon.Subjects.First(s => s.Entry == entry);
        var matched = reading.Text.Text[chain.Min(c => c.Start)..chain.Max(c => c.End)];
        // 征拆主体责任: a phrase that names its own item's subject is that item's, whatever the notice is about.
        if (own.Words.Any(w => matched.Contains(w, StringComparison.Ordinal)))
        {
            return entry;
        }
        var resolved = Sector(lexicon, entry, reading, clauseIndex, chain, title);
        if (resolved != entry && IsEnforcementItem(entry) && NamesSanction(matched) && !InspectedBefore(reading, clauseIndex, chain.Min(c => c.Start)))
        {
            sanction = entry;
        }
        return resolved;
    }

    /// <summary>
    /// (phase 37) A sanction cited under a sector stays there only when the notice puts that sector's supervision on the
    /// village too (another firing match of the sector's item that is no such sanction, or an inspection before the sanction
    /// in its sentence): then the fine or the seizure is part of the supervision it is told to carry (检查…发现问题的没收). A sanction alone, with no supervision of the sector
    /// on the village (对不听劝阻的摊贩暂扣其推车, 对拒不整改的住户处以罚款), is law enforcement, and is cited under the
    /// enforcement item — unless the sector's own item names the enforcement of its sector (生态环境监管执法: a fine for
    /// burning straw is that item's).
    /// </summary>
    public static void KeepSanctions(List<RecognitionHit> hits)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Sanction is not { } enforcement || !hit.Verdict.Fires || hit.Entry == enforcement || EnforcesItsSector(hit.Entry) || Supervised(hits, hit.Entry))
            {
                continue;
            }
            hits[i] = hit with { Entry = enforcement, Sanction = null };
        }
    }

    /// <summary>
    /// Whether a sector item's title names the enforcement of its sector (<c>subject_matter.sector_enforcement</c>:
    /// 生态环境监管<b>执法</b>主体责任): its sector's sanctions are its own, with or without its supervision.
    /// </summary>
    private static bool EnforcesItsSector(RecogniserEntry sector)
    {
        foreach (var word in SectorEnforcement)
        {
            if (sector.Item.TitleZh.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the sentence puts an inspection before the sanction (各社区对餐饮门店开展检查，对不合格的予以处罚): the sanction
    /// follows the village's own supervision of the sector (<c>subject_matter.inspections</c>).
    /// </summary>
    private static bool InspectedBefore(FieldReading reading, int clauseIndex, int hitStart)
    {
        var (from, _) = ClauseScope.SentenceClauses(reading.Reader, clauseIndex);
        var start = reading.Clauses[from].Start;
        var text = reading.Text.Text;
        foreach (var word in Inspections)
        {
            if (hitStart > start && text.IndexOf(word, start, hitStart - start, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a match of the sector's item that is no moved sanction fires.</summary>
    private static bool Supervised(List<RecognitionHit> hits, RecogniserEntry sector)
    {
        foreach (var other in hits)
        {
            if (other.Entry == sector && other.Sanction is null && other.Verdict.Fires)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The item the title's head, or else the sentence, names (the phrase's own when neither names one).</summary>
    private static RecogniserEntry Sector(RecogniserLexicon lexicon, RecogniserEntry entry, FieldReading reading, int clauseIndex, (int Start, int End)[] chain, FieldReading? title)
    {
        if (title is not null && Head(lexicon, title.Text.Text) is { } head)
        {
            return head;
        }
        var text = reading.Text.Text;
        var hitStart = chain.Min(c => c.Start);
        var hitEnd = chain.Max(c => c.End);
        var (from, to) = ClauseScope.SentenceClauses(reading.Reader, clauseIndex);
        var start = Math.Max(reading.Clauses[from].Start, hitStart - Reach);
        var end = Math.Min(reading.Clauses[to].End, hitEnd + Reach);
        return Nearest(lexicon, entry, text, start, end, hitStart, hitEnd) ?? entry;
    }

    private static bool IsEnforcementItem(RecogniserEntry entry)
    {
        var title = entry.Item.TitleZh.Trim();
        foreach (var item in EnforcementItem)
        {
            if (string.Equals(item, title, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NamesSanction(string matched)
    {
        foreach (var word in Sanctions)
        {
            if (matched.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The item of the subject word that ends last in the title (the longer word on a tie), or null.</summary>
    private static RecogniserEntry? Head(RecogniserLexicon lexicon, string title)
    {
        RecogniserEntry? head = null;
        var (bestEnd, bestLength) = (-1, 0);
        foreach (var subject in lexicon.Subjects)
        {
            foreach (var word in subject.Words)
            {
                var at = title.LastIndexOf(word, StringComparison.Ordinal);
                if (at >= 0 && (at + word.Length > bestEnd || (at + word.Length == bestEnd && word.Length > bestLength)))
                {
                    (bestEnd, bestLength, head) = (at + word.Length, word.Length, subject.Entry);
                }
            }
        }
        return head;
    }

    /// <summary>The phrase's own item when its subject is named in the range, else the item whose subject is named nearest, else null.</summary>
    private static RecogniserEntry? Nearest(RecogniserLexicon lexicon, RecogniserEntry own, string text, int start, int end, int hitStart, int hitEnd)
    {
        RecogniserEntry? nearest = null;
        var best = int.MaxValue;
        foreach (var subject in lexicon.Subjects)
        {
            foreach (var word in subject.Words)
            {
                for (var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal); at >= 0 && at + word.Length <= end;
                     at = at + 1 < end ? text.IndexOf(word, at + 1, end - at - 1, StringComparison.Ordinal) : -1)
                {
                    if (subject.Entry == own)
                    {
                        return own;
                    }
                    var distance = at >= hitEnd ? at - hitEnd : at + word.Length <= hitStart ? hitStart - at - word.Length : 0;
                    if (distance < best)
                    {
                        (best, nearest) = (distance, subject.Entry);
                    }
                }
            }
        }
        return nearest;
    }
}
