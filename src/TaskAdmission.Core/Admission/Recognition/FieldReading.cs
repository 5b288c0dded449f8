using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// One field of a task as the analyser reads it: normalised, split into clauses, with the document titles it cites
/// (《…》) and a clause reader made only when a phrase matched.
/// </summary>
internal sealed class FieldReading
{
    private readonly int[] clauseStarts;
    private readonly List<(int Start, int End)> cited;
    private readonly RecogniserLexicon lexicon;
    private ClauseReader? reader;

    public FieldReading(string field, string source, RecogniserLexicon lexicon)
    {
        Field = field;
        Text = TextNormaliser.Normalise(source);
        Clauses = ClauseSplitter.Split(Text.Text);
        clauseStarts = [.. Clauses.Select(c => c.Start)];
        cited = CitedTitles(Text.Text);
        this.lexicon = lexicon;
    }

    public string Field { get; }

    public NormalisedText Text { get; }

    public IReadOnlyList<Clause> Clauses { get; }

    public ClauseReader Reader => reader ??= new ClauseReader(Text.Text, Clauses, RecognitionCues.Instance, lexicon);

    /// <summary>The clause holding the position, or -1 (a position on a comma or a sentence end).</summary>
    public int ClauseAt(int position)
    {
        var i = Array.BinarySearch(clauseStarts, position);
        i = i >= 0 ? i : ~i - 1;
        return i >= 0 && position < Clauses[i].End ? i : -1;
    }

    /// <summary>Inside a cited document title: what 《关于规范村级考核排名的意见》 says is not asked of anyone (an instrument
    /// served with an issuing verb, 下达《责令停止违法行为通知书》, is not a citation).</summary>
    public bool IsCited(int position) => cited.Any(c => position >= c.Start && position < c.End);

    private static bool IssuedBefore(string text, int open)
    {
        var before = text[Math.Max(0, open - 4)..open].TrimEnd();
        return RecognitionCues.Instance.Issuing.Any(v => v.Length >= 2 && before.EndsWith(v, StringComparison.Ordinal));
    }

    private static List<(int Start, int End)> CitedTitles(string text)
    {
        var found = new List<(int, int)>();
        for (var open = text.IndexOf('《'); open >= 0; open = text.IndexOf('《', open + 1))
        {
            var close = text.IndexOf('》', open + 1);
            if (close < 0)
            {
                break;
            }
            // 下达《责令停止违法行为通知书》: an instrument (…书) served or issued is an act, its words are read.
            if (close > open + 1 && text[close - 1] == '书' && IssuedBefore(text, open))
            {
                continue;
            }
            found.Add((open, close));
        }
        return found;
    }
}
