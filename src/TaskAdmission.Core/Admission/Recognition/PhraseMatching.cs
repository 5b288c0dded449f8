using TaskAdmission.Core.Admission.Recognition.Patterns;
using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>The occurrence bookkeeping of the analyser: a term's occurrences, those inside a clause, and one chain of them.</summary>
internal static class PhraseMatching
{
    /// <summary>A term's occurrences in order, built once per field for each distinct set of literals.</summary>
    public static List<(int Start, int End)> Occurrences(int[] literals, Dictionary<int, List<int>> starts, LiteralIndex index, Dictionary<int[], List<(int Start, int End)>> merged)
    {
        if (merged.TryGetValue(literals, out var cached))
        {
            return cached;
        }
        var result = new List<(int, int)>();
        foreach (var id in literals)
        {
            if (starts.TryGetValue(id, out var list))
            {
                var length = index.Literal(id).Length;
                foreach (var s in list)
                {
                    result.Add((s, s + length));
                }
            }
        }
        result.Sort();
        merged[literals] = result;
        return result;
    }

    /// <summary>The per-field cache of <see cref="Occurrences"/>: terms with the same literals share one entry (compared
    /// by content, so no key string is built per term and field).</summary>
    public static Dictionary<int[], List<(int Start, int End)>> NewOccurrenceCache() => new(SameLiterals.Instance);

    private sealed class SameLiterals : IEqualityComparer<int[]>
    {
        public static readonly SameLiterals Instance = new();

        public bool Equals(int[]? x, int[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(int[] literals)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(literals.AsSpan()));
            return hash.ToHashCode();
        }
    }

    /// <summary>The occurrences inside the clause (binary search: a 100 kB text repeats common words thousands of times), at most a few dozen.</summary>
    public static List<(int Start, int End)> Within(List<(int Start, int End)> sorted, Clause clause)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Start < clause.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var inside = new List<(int, int)>();
        for (var i = lo; i < sorted.Count && sorted[i].Start < clause.End && inside.Count < PatternLimits.MaxOccurrencesPerClause; i++)
        {
            if (sorted[i].End <= clause.End)
            {
                inside.Add(sorted[i]);
            }
        }
        return inside;
    }

    /// <summary>Picks one occurrence per term, each within its gap of the previous one (either side, not overlapping).</summary>
    public static bool Chain(List<(int Start, int End)>[] terms, int[] gaps, (int Start, int End)[] chosen, int t, ref int budget)
    {
        if (t == terms.Length)
        {
            return true;
        }
        foreach (var o in terms[t])
        {
            if (--budget <= 0)
            {
                return false;
            }
            if (t > 0)
            {
                var prev = chosen[t - 1];
                var distance = o.Start >= prev.End ? o.Start - prev.End : prev.Start >= o.End ? prev.Start - o.End : -1;
                if (distance < 0 || distance > gaps[t - 1] || Overlaps(chosen, t, o))
                {
                    continue;
                }
            }
            chosen[t] = o;
            if (Chain(terms, gaps, chosen, t + 1, ref budget))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Overlaps((int Start, int End)[] chosen, int count, (int Start, int End) o)
    {
        for (var i = 0; i < count; i++)
        {
            if (o.Start < chosen[i].End && chosen[i].Start < o.End)
            {
                return true;
            }
        }
        return false;
    }
}
