using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 29) An act of the past named inside a noun phrase for its records — 以往开具证明的存根, 以往签订责任书的底册 — names
/// the papers kept (scanned, filed, handed over), not an act asked: the past word ([telling_papers.past]) right before the
/// match and 的 + a record noun ([recorded_acts.records]: 存根, 登记簿, 档案 …) right after it. 今后出具证明的存根 (no past
/// word) and 历年出具的证明要继续出具 (no record noun after 的) keep their reading.
/// </summary>
internal static class RecordedActs
{
    private static readonly string[] Past = RecognitionCues.Instance.List("telling_papers.past");
    private static readonly string[] Records = RecognitionCues.Instance.List("recorded_acts.records");
    private const int PastReach = 4;

    internal static string? Of(FieldReading field, RecognitionHit hit)
    {
        if (hit.Spans.Count == 0)
        {
            return null;
        }
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = field.Clauses[k];
        // (phase 32) 集体资产资源台账、村委会历年出具证明的存根: the words of the match are read in its clause wherever they stand —
        // the past word before any of them (a wider match may open on a word of the list before the act), the record noun after
        // the one that closes the act's paper (a fact the paper was named by may have been added after it).
        string? past = null;
        string? record = null;
        foreach (var s in hit.Spans)
        {
            if (DocumentText.ClauseAtSource(field, s.Start) != k || DocumentText.ClauseAtSource(field, s.Start + s.Length - 1) != k)
            {
                continue;
            }
            var from = DocumentText.AtSource(field, k, s.Start);
            var reach = Math.Max(clause.Start, from - PastReach);
            var before = text.AsSpan(reach, from - reach);
            foreach (var p in Past)
            {
                if (past is null && before.Contains(p, StringComparison.Ordinal))
                {
                    past = p;
                }
            }
            var to = DocumentText.AtSource(field, k, s.Start + s.Length);
            if (record is null && to < clause.End && text[to] == '的')
            {
                foreach (var r in Records)
                {
                    if (record is null && string.CompareOrdinal(text, to + 1, r, 0, r.Length) == 0 && to + 1 + r.Length <= clause.End)
                    {
                        record = r;
                    }
                }
            }
        }
        return past is not null && record is not null ? $"{past}…的{record}" : null;
    }
}
