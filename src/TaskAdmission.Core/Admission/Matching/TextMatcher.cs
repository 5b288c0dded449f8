namespace TaskAdmission.Core.Admission.Matching;

/// <summary>
/// Ranks short texts (list item titles) by how much of each one a query mentions: the IDF-weighted share of the
/// item's bigrams found in the query. Common bigrams across the list (村民, 工作) count for little.
/// Build once per list version and reuse; scoring a 500-item list is a few thousand set look-ups.
/// </summary>
public sealed class TextMatcher<TKey>
{
    private readonly (TKey Key, (string Gram, double Weight)[] Grams, double Total)[] entries;

    public TextMatcher(IEnumerable<(TKey Key, string Text)> corpus)
    {
        var docs = corpus.Select(c => (c.Key, Grams: TextGrams.Of(c.Text))).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gram in docs.SelectMany(d => d.Grams))
        {
            frequency[gram] = frequency.GetValueOrDefault(gram) + 1;
        }
        var n = Math.Max(docs.Count, 1);
        entries = docs.Select(d =>
        {
            var weighted = d.Grams.Select(g => (g, Math.Log(1.0 + n / (double)frequency[g]))).ToArray();
            return (d.Key, weighted, weighted.Sum(w => w.Item2));
        }).ToArray();
    }

    /// <summary>Every entry scored against the query, best first; entries scoring 0 are left out.</summary>
    public IReadOnlyList<(TKey Key, double Score)> Rank(string query, int take = int.MaxValue) =>
        Rank(TextGrams.Of(query), take);

    public IReadOnlyList<(TKey Key, double Score)> Rank(HashSet<string> query, int take = int.MaxValue)
    {
        var scored = new List<(TKey, double)>();
        foreach (var (key, grams, total) in entries)
        {
            if (total <= 0)
            {
                continue;
            }
            var hit = 0.0;
            foreach (var (gram, weight) in grams)
            {
                if (query.Contains(gram))
                {
                    hit += weight;
                }
            }
            if (hit > 0)
            {
                scored.Add((key, Math.Round(hit / total, 3)));
            }
        }
        return scored.OrderByDescending(s => s.Item2).Take(take).ToList();
    }
}
