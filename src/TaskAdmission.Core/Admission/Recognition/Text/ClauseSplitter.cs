namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// Splits normalised text into clauses. Sentences end at 。!?; and line breaks; clauses also end at commas and colons.
/// The enumeration comma 、 joins a list and does not split, nor does a comma after a condition ending with 的 or before
/// what a certificate must state (, 写明/载明/注明 …) or what a thing is used as (, 作为…凭据). A full stop between digits (3.5万元) is a decimal point.
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

    private static readonly string[] ContentVerbs = RecognitionCues.Instance.List("clause_splitter.content_verbs");

    // "拍摄合照, 作为入户核实的凭据": what a thing is used as belongs to the clause that makes the thing.
    private static readonly string[] UsedAs = RecognitionCues.Instance.List("clause_splitter.used_as");

    private static bool StatesContent(string text, int from) =>
        ContentVerbs.Concat(UsedAs).Any(v => from + v.Length <= text.Length && string.CompareOrdinal(text, from, v, 0, v.Length) == 0);

    private static bool AfterComma(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '\r')
        {
            j--;
        }
        return j >= 0 && text[j] is ',' or '，';
    }

    private static Break Kind(string text, int i) => text[i] switch
    {
        // (phase 7) "…入户核实后，\n出具一份…": a line break right after a comma wraps the line; the sentence goes on.
        '\n' or '\r' when AfterComma(text, i) => Break.Clause,
        '。' or '!' or '?' or ';' or '\n' or '\r' or '…' => Break.Sentence,
        '.' when !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) => Break.Sentence,
        // "包保对象发生安全事故的, 包保村干部承担监管责任": a condition ending with 的 and what follows are one clause.
        ',' or '，' when i > 0 && text[i - 1] == '的' => Break.None,
        // "出具证明, 写明代领人与老人是父子关系": what the certificate must state is the object of the clause before.
        ',' or '，' when StatesContent(text, i + 1) => Break.None,
        ',' or ':' or '，' => Break.Clause,
        _ => Break.None,
    };
}
