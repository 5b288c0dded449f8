using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 9, recall) A village named as the responsible unit of a row or item is that row's addressee, whatever the
/// notice's 主送 says: a table row whose lead or responsible column names a village (“九小场所”消防检查｜各乡镇｜各村),
/// a quota table whose unit column lists villages (其中：枫岭村｜1｜1000 — its header's quantities are handed to them), a
/// division of labour whose line opens with villages (大坪村、团结村：为…第一责任单位，负责…), and a correction whose
/// replacement names villages as the responsible unit (“…，责任单位：白水镇”更正为“责任单位：太平村、长岭村”).
/// </summary>
internal static class ResponsibleVillages
{
    private static readonly string[] UnitColumns = RecognitionCues.Instance.List("responsible_villages.unit_columns");
    private const int MaxLineLead = 20;

    /// <summary>The village(s) responsible for the row, item or line holding the source offset, or null.</summary>
    internal static string? Of(FieldReading field, int sourceStart, RecognitionCues cues, bool lineLead = true)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var at = field.Clauses[k].Start;
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var lineEnd = text.IndexOf('\n', at);
        var line = text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
        return line.Contains('|')
            ? TableRow(text, line, cues) ?? VillageColumn(text, lineStart, DocumentText.AtSource(field, k, sourceStart), cues)
            : lineLead ? LineLead(line, cues) : null;
    }

    private static readonly string[] DutyHeads = RecognitionCues.Instance.List("responsible_villages.duty_heads");

    /// <summary>
    /// (phase 26b) | 事项 | 区级部门 | 镇 | 村（社区） |, | 事项名称 | 部门职责 | 村（社区）职责 |: a duty table's column headed by the
    /// village names the village's share of each row — a match in that column's cell is the village's duty, whoever the
    /// row's other columns name. Not a part of the cell the village only helps with (协助排查，… — the clause of the cell
    /// opening with an assisting verb, [assisting]). The header's village word, or null.
    /// </summary>
    private static string? VillageColumn(string text, int lineStart, int at, RecognitionCues cues)
    {
        if (NotOperativeParts.TableHeader(text, lineStart) is not var (headerStart, headerEnd) || at < lineStart)
        {
            return null;
        }
        var column = text.AsSpan(lineStart, at - lineStart).Count('|');
        var header = text[headerStart..headerEnd].Split('|');
        if (column <= 0 || column >= header.Length || VillageHead(header[column], cues) is not { } village)
        {
            return null;
        }
        var cellStart = text.LastIndexOf('|', at - 1) + 1;
        var clauseStart = text.LastIndexOfAny([',', '，', ';', '；'], at - 1, at - cellStart) is >= 0 and var comma ? comma + 1 : cellStart;
        var opening = text[clauseStart..at].TrimStart();
        return cues.Assisting.Any(a => opening.StartsWith(a, StringComparison.Ordinal)) ? null : village;
    }

    /// <summary>村（社区）, 村的职责, 村级责任: a header cell naming the village, with the word for its share after it.</summary>
    private static string? VillageHead(string cell, RecognitionCues cues)
    {
        var name = cell.Trim();
        if (DutyHeads.FirstOrDefault(d => name.EndsWith(d, StringComparison.Ordinal)) is { } duty)
        {
            name = name[..^duty.Length].TrimEnd('的');
        }
        name = DocumentText.StripBrackets(name);
        // 村民 (the villagers) is not the village; 村民委员会 is.
        return name.Length is > 0 and <= MaxVillageHead && (!name.StartsWith("村民", StringComparison.Ordinal) || name.EndsWith("委员会", StringComparison.Ordinal))
            && Villages(name, cues) is { } village ? village : null;
    }

    private const int MaxVillageHead = 6;

    private static string? TableRow(string text, string line, RecognitionCues cues)
    {
        var lines = text.Split('\n').Where(l => l.Contains('|')).ToArray();
        if (lines.Length < 2)
        {
            return null;
        }
        var header = lines[0].Split('|').Select(c => c.Trim()).ToArray();
        var columns = Enumerable.Range(0, header.Length).Where(i => UnitColumns.Any(u => header[i].EndsWith(u, StringComparison.Ordinal))).ToArray();
        if (columns.Length == 0)
        {
            return null;
        }
        string? VillageIn(string row)
        {
            var cells = row.Split('|');
            foreach (var c in columns)
            {
                if (c < cells.Length && Villages(cells[c], cues) is { } named)
                {
                    return named;
                }
            }
            return null;
        }
        // The header itself (单位｜引进项目数｜到位资金): its quantities go to every row's unit — villages among them.
        if (line == lines[0])
        {
            return lines.Skip(1).Select(VillageIn).FirstOrDefault(v => v is not null);
        }
        return VillageIn(line);
    }

    /// <summary>大坪村、团结村：为本村范围内…第一责任单位，负责… — a line opening with the units it gives its tasks to.</summary>
    private static string? LineLead(string line, RecognitionCues cues)
    {
        var colon = line.IndexOf(':');
        return colon is > 1 and <= MaxLineLead ? Villages(line[..colon], cues, all: true) : null;
    }

    /// <summary>A cell or lead naming villages (各村, 太平村、长岭村, 其中：枫岭村): the names, or null.</summary>
    internal static string? Villages(string cell, RecognitionCues cues, bool all = false)
    {
        var text = cell.Trim();
        var colon = text.LastIndexOf(':');
        if (colon >= 0 && !all)
        {
            text = text[(colon + 1)..].Trim();
        }
        // 各村（对辖区内小商店…开展消防执法检查…） — the unit before its bracketed note.
        var open = text.IndexOfAny(['(', '（']);
        if (open > 0)
        {
            text = text[..open];
        }
        // (phase 33) 各乡镇、各村，每村至少引进1个项目: a cell's units before the note its first comma opens.
        if (!all && text.IndexOfAny([',', ';', '。']) is > 0 and var note && Villages(text[..note], cues, all) is { } units)
        {
            return units;
        }
        var parts = text.Split(['、', ',', '/', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || text.Length > MaxLineLead * 2)
        {
            return null;
        }
        // 区农业农村委 ends like 村委 but is a district's department: a name opening with a level above the village is not one.
        bool Village(string p) => DocumentAddressee.IsVillage(p, cues) && !p.Contains('镇') && !p.Contains('乡') && !p.Contains("街道", StringComparison.Ordinal)
            && p[0] is not ('区' or '县' or '市' or '省');
        return (all ? parts.All(Village) : parts.Any(Village)) ? text : null;
    }

    private static readonly string[] Roles = RecognitionCues.Instance.List("responsible_villages.roles");

    /// <summary>
    /// 具体承办单位, 第一责任单位 — a role, not a body: the clause reading took it for the actor, the line's lead names who
    /// holds it. A named body (县林业局) stays the actor.
    /// </summary>
    internal static bool IsRole(string? cue) =>
        cue is { Length: <= 8 } && (cue.EndsWith("单位", StringComparison.Ordinal) || cue.EndsWith("主体", StringComparison.Ordinal)) && Roles.Any(r => cue.Contains(r, StringComparison.Ordinal));

    private static readonly string[] Replacements = RecognitionCues.Instance.List("responsible_villages.replacements");

    /// <summary>
    /// The villages a correction's replacement names as responsible (…更正为“责任单位：太平村、长岭村”), for a match in the
    /// part the correction recalls; null otherwise.
    /// </summary>
    internal static string? Corrected(FieldReading field, int sourceStart, string cue, RecognitionCues cues)
    {
        if (!Replacements.Contains(cue))
        {
            return null;
        }
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var sentence = field.Clauses[k].Sentence;
        var last = k;
        while (last + 1 < field.Clauses.Count && field.Clauses[last + 1].Sentence == sentence)
        {
            last++;
        }
        var rest = text[field.Clauses[k].Start..field.Clauses[last].End];
        var replaced = rest.IndexOf(cue, StringComparison.Ordinal);
        if (replaced < 0)
        {
            return null;
        }
        var replacement = rest[(replaced + cue.Length)..];
        foreach (var unit in UnitColumns)
        {
            var u = replacement.IndexOf(unit + ":", StringComparison.Ordinal);
            if (u >= 0)
            {
                var names = replacement[(u + unit.Length + 1)..].Trim('"', '“', '”', ' ', ';', '。');
                var end = names.IndexOfAny(['"', '”', ';', '。', ',']);
                return Villages(end < 0 ? names : names[..end], cues, all: true);
            }
        }
        return null;
    }
}
