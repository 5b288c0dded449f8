namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Finds every occurrence of thousands of literals in one pass over a text (an Aho–Corasick automaton). Hand-written:
/// no package on the mirror offers one, and calling IndexOf per literal made a 2,000-phrase lexicon cost milliseconds
/// per check. Built once per lexicon; immutable afterwards, so checks share it across threads.
/// </summary>
internal sealed class LiteralIndex
{
    private readonly List<Dictionary<char, int>> next = [new()];
    private readonly List<int> fail = [0];
    private readonly List<List<int>> output = [[]];
    private readonly string[] literals;

    public LiteralIndex(IReadOnlyList<string> literals)
    {
        this.literals = [.. literals];
        for (var id = 0; id < literals.Count; id++)
        {
            var state = 0;
            foreach (var c in literals[id])
            {
                if (!next[state].TryGetValue(c, out var to))
                {
                    to = next.Count;
                    next.Add([]);
                    fail.Add(0);
                    output.Add([]);
                    next[state][c] = to;
                }
                state = to;
            }
            output[state].Add(id);
        }
        var queue = new Queue<int>(next[0].Values);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, to) in next[state])
            {
                var f = fail[state];
                while (f != 0 && !next[f].ContainsKey(c))
                {
                    f = fail[f];
                }
                fail[to] = next[f].TryGetValue(c, out var t) && t != to ? t : 0;
                output[to].AddRange(output[fail[to]]);
                queue.Enqueue(to);
            }
        }
    }

    public int Count => literals.Length;

    public string Literal(int id) => literals[id];

    /// <summary>Every (literal id, start) in <paramref name="text"/>, in order of their end.</summary>
    public List<(int Id, int Start)> FindAll(string text)
    {
        var found = new List<(int, int)>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            while (state != 0 && !next[state].ContainsKey(c))
            {
                state = fail[state];
            }
            state = next[state].GetValueOrDefault(c);
            foreach (var id in output[state])
            {
                found.Add((id, i - literals[id].Length + 1));
            }
        }
        return found;
    }
}
