namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Cites a firing prohibited match as the item the notice is about. General acts (责令停止, 没收, 予以处罚, 负责拆除) are
/// phrases of one item but are said of every sector. The title names the notice's subject: its last subject word (the
/// head of a Chinese noun phrase: 餐饮油烟<b>污染</b>整治 is about pollution) decides. A title naming no subject leaves it
/// to the sentence: the phrase's own item when its subject is named there, else the item whose subject is named nearest
/// to the match. A phrase whose matched words name its own item's subject stays with it. Only items with subject words (<see cref="Lists.LexiconFamilies.ItemSubjects"/>) take part, either way.
/// The search is bounded: the title, and the sentence within <see cref="Reach"/> characters of the match.
/// </summary>
internal static class SubjectMatter
{
    private const int Reach = 160;

    public static RecogniserEntry Resolve(RecogniserLexicon lexicon, RecogniserEntry entry, FieldReading reading, int clauseIndex, (int Start, int End)[] chain, FieldReading? title)
    {
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
