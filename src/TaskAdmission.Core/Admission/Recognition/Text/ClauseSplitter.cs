namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// Splits normalised text into clauses. Sentences end at 。!?; and line breaks; clauses also end at commas and colons.
/// The enumeration comma 、 joins a list and does not split, nor does a comma after a condition ending with 的. A full stop between digits (3.5万元) is a decimal point.
/// </summary>
public static class ClauseSplitter
{
    public static IReadOnlyList<Clause> Split(string text)
    {
        var clauses = new List<Clause>();
        var sentence = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            var kind = end ? Break.Sentence : Kind(text, i);
            if (kind == Break.None)
            {
                continue;
            }
            if (i > start)
            {
                clauses.Add(new Clause(start, i, sentence));
            }
            if (kind == Break.Sentence)
            {
                sentence++;
            }
            start = i + 1;
        }
        return clauses;
    }

    private enum Break
    {
        None,
        Clause,
        Sentence,
    }

    private static Break Kind(string text, int i) => text[i] switch
    {
        '。' or '!' or '?' or ';' or '\n' or '\r' or '…' => Break.Sentence,
        '.' when !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) => Break.Sentence,
        // "包保对象发生安全事故的, 包保村干部承担监管责任": a condition ending with 的 and what follows are one clause.
        ',' or '，' when i > 0 && text[i - 1] == '的' => Break.None,
        ',' or ':' or '，' => Break.Clause,
        _ => Break.None,
    };
}
