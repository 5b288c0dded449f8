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
        var span = hit.Spans[^1];
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        var end = DocumentText.ClauseAtSource(field, span.Start + span.Length - 1);
        if (k < 0 || end != k)
        {
            return null;
        }
        var text = field.Text.Text;
        var from = DocumentText.AtSource(field, k, hit.Spans[0].Start);
        var to = DocumentText.AtSource(field, k, span.Start + span.Length);
        var before = text[Math.Max(field.Clauses[k].Start, from - PastReach)..from];
        var after = text[to..field.Clauses[k].End];
        return Past.FirstOrDefault(p => before.Contains(p, StringComparison.Ordinal)) is { } past
            && after.StartsWith('的') && Records.FirstOrDefault(r => after.AsSpan(1).StartsWith(r, StringComparison.Ordinal)) is { } record
            ? $"{past}…的{record}"
            : null;
    }
}
