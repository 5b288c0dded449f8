using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// The paper's own scope: the assessment object it states (考核对象：…), a table's lead-unit column (牵头单位), papers named
/// as the list's own (清单内的证明事项).
/// </summary>
internal static class DocumentScope
{
    internal static readonly string[] AssessedObjectWords = ["考核对象", "评价对象", "考评对象", "评比对象", "评选对象", "测评对象"];
    internal static readonly string[] LeadColumns = ["牵头单位", "责任单位", "责任主体", "承办单位", "实施主体", "牵头部门", "责任部门", "检查主体", "执法主体", "处置主体"];
    internal static readonly string[] ListedPapers = ["清单内", "清单中", "清单所列", "清单范围内", "清单以内"];

    /// <summary>考核对象：镇机关全体干部 — what the document's assessment assesses, when that names no village; else null.</summary>
    internal static string? AssessedObjectOf(string text, RecognitionCues cues)
    {
        foreach (var word in AssessedObjectWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var from = at + word.Length;
            if (from < text.Length && text[from] is ':' or '是' or '为')
            {
                from++;
            }
            var to = text.IndexOfAny(['。', ';', '\n'], from);
            var named = text[from..(to < 0 ? text.Length : to)].Trim();
            var names = named.Split(['、', '和', '及', ',']).Select(n => DocumentText.StripBrackets(n).Trim());
            // 村卫生室和乡村医生 names a clinic and its doctors, not the village: only a village's own name or word counts.
            if (named.Length > 0 && !names.Any(n => DocumentAddressee.VillageName(n, cues)))
            {
                return named;
            }
            return null;
        }
        return null;
    }

    private static readonly string[] OwnPapers = ["本细则", "本办法", "本方案", "本规定", "本标准", "本制度", "本规则", "本考核"];

    /// <summary>
    /// (phase 9) 本细则适用于镇机关各办、各站所，不适用于村(社区) — the scope the paper states for itself, when it names no
    /// village: its assessments and rankings are of what it applies to. Null otherwise.
    /// </summary>
    internal static string? AppliesTo(string text, RecognitionCues cues)
    {
        foreach (var paper in OwnPapers)
        {
            var at = text.IndexOf(paper + "适用于", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var from = at + paper.Length + 3;
            var to = text.IndexOfAny(['。', ';', '\n', ','], from);
            var named = text[from..(to < 0 ? text.Length : to)].Trim();
            var names = named.Split(['、', '和', '及']).Select(n => DocumentText.StripBrackets(n).Trim());
            return named.Length > 0 && !names.Any(n => DocumentAddressee.VillageName(n, cues) || DocumentAddressee.IsVillage(n, cues)) ? named : null;
        }
        return null;
    }

    /// <summary>
    /// In a table whose header names a lead or responsible unit (牵头单位), the row's unit for the task the match is in, when
    /// that unit is not the village (县林业局执法大队); null otherwise.
    /// </summary>
    internal static string? LeadUnit(FieldReading field, int sourceStart, RecognitionCues cues)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        var text = field.Text.Text;
        if (k < 0 || !text.Contains('|'))
        {
            return null;
        }
        var lines = text.Split('\n');
        var header = lines.FirstOrDefault(l => l.Contains('|') && LeadColumns.Any(c => l.Contains(c, StringComparison.Ordinal)));
        if (header is null)
        {
            return null;
        }
        var column = Array.FindIndex(header.Split('|'), c => LeadColumns.Any(l => c.Contains(l, StringComparison.Ordinal)));
        var at = field.Clauses[k].Start;
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var lineEnd = text.IndexOf('\n', at);
        var cells = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)].Split('|');
        if (column < 0 || column >= cells.Length || cells.Length < 3)
        {
            return null;
        }
        // (phase 9) A row whose other responsible column names a village is the village's (牵头单位 各乡镇, 责任单位 各村).
        if (ResponsibleVillages.Of(field, sourceStart, cues) is not null)
        {
            return null;
        }
        var lead = cells[column].Trim();
        return lead.Length > 0 && !DocumentAddressee.IsVillage(lead, cues) && !cues.Village.Any(v => v.Length >= 2 && lead.Contains(v, StringComparison.Ordinal)) ? lead : null;
    }
}
