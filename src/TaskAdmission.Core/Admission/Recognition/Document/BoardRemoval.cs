using TaskAdmission.Core.Admission.Recognition.Text;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// Papers that take signboards down. The SIGNBOARD family warns of a new board or mechanism put on the village; a clean-up
/// notice, its table, its report or a speech that counts the boards removed names boards too, and an approver reads each
/// as what it is: (phase 10) a board excepted from a removal is kept as it is (除…法定牌子外，其余牌子一律摘除); (phase 20)
/// a board the clause takes down, cleans up or counts down (共摘除各类牌子95块, 机制牌子进行一次全面清理, 牌子从12块减少到3块),
/// keeps from the lawful list (各村只保留村党组织、村委会…的牌子), or says need not be hung (印好的标牌也无需悬挂) puts no
/// board up.
/// <para>What it never does: quiet a clause that also puts a board up (摘除旧牌子后统一制作新牌子, 只保留村委会牌子并加挂…,
/// | …牌子 | 保留并统一更换 |) — a word of putting up ([board_removal.putting_up]) anywhere in the board's clause outside the
/// board's own name keeps the clause's reading, unless a word of law qualifies it (依法依规设立的组织).</para>
/// </summary>
internal static class BoardRemoval
{
    private static readonly string[] Removals = RecognitionCues.Instance.List("board_removal.removals");
    private static readonly string[] Keeping = RecognitionCues.Instance.List("board_removal.keeping");
    private static readonly string[] TakingDown = RecognitionCues.Instance.List("board_removal.taking_down");
    private static readonly string[] NotHung = RecognitionCues.Instance.List("board_removal.not_hung");
    private static readonly string[] PuttingUp = RecognitionCues.Instance.List("board_removal.putting_up");
    private static readonly string[] Lawful = RecognitionCues.Instance.List("board_removal.lawful");
    private static readonly string[] TimeLeads = RecognitionCues.Instance.List("paper_direction.time_leads");
    private static readonly string[] Disposing = RecognitionCues.Instance.List("board_removal.disposing");

    // A kept or removed list names the lawful bodies in full (只悬挂村(社区)党组织、村(居)民委员会、村(居)务监督委员会、集体经济
    // 组织等依法依规设立的组织的牌子): longer than a prohibition's list of acts (Agency's 48 characters).
    private const int ListReach = 64;
    private const int LawfulReach = 4;
    // 外挂牌子原则上只保留…, 上述牌子均不属于…: a few words between the board and the word after it.
    private const int AfterReach = 6;
    // …等牌子，即日起一律摘除: the next clause opens with the removal after its time words.
    private const int NextClauseReach = 4;

    /// <summary>
    /// (phase 10) A match inside 除…外 whose next clause removes or forbids the rest (除法定牌子外，其余牌子全部摘除): the
    /// excepted thing is kept as it is, not demanded. 除统一挂牌外，还须… (an addition) is not this. (phase 20) The clause may
    /// open with an item's number (11.除…外，不再要求村悬挂其他牌子). The cue, or null.
    /// </summary>
    internal static string? ExceptedFromRemoval(FieldReading field, RecognitionHit hit)
    {
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        if (k < 0 || k + 1 >= field.Clauses.Count || field.Clauses[k + 1].Sentence != field.Clauses[k].Sentence)
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = text[field.Clauses[k].Start..field.Clauses[k].End].Trim();
        clause = clause[DocumentText.LeadLength(clause)..];
        var at = clause.IndexOf(hit.MatchedText, StringComparison.Ordinal);
        // (phase 36) 除村党组织、…牌子及党群服务中心标识外: the board anywhere in the list excepted, with more of the list after it —
        // but no act (除在村部悬挂牌子并公示外 puts one up).
        if (!clause.StartsWith('除') || !clause.EndsWith('外') || at < 0
            || clause[(at + hit.MatchedText.Length)..^1] is var rest && rest.Length > 3 && (Acts(rest) || PutsUp(rest)))
        {
            return null;
        }
        var next = text[field.Clauses[k + 1].Start..field.Clauses[k + 1].End];
        return Removals.FirstOrDefault(r => next.Contains(r, StringComparison.Ordinal)) is { } removal ? "除…外，" + removal : null;
    }

    /// <summary>
    /// (phase 20) A board of the SIGNBOARD family that its clause keeps, takes down or says need not be hung: the cue, or null.
    /// Read in the board's clause, and in a table in the board's cell (| 各村违规挂牌 | 清理 | is work to do):
    /// a keeping or taking-down word before the board with only the list of what it keeps or removes between (只保留村党组织、
    /// 村委会…的牌子, 共摘除各类工作站、服务点牌子95块, 清理前牌子数); such a word a few words after it (挂牌原则上仅保留…,
    /// 机制牌子进行一次全面清理, 牌子于6月底前摘除); a word that it is not hung (印好的标牌也无需悬挂, “便民工作站”不再设立); or a
    /// board that ends its clause when the next clause opens with its removal (…等牌子，自即日起全部摘除). Never when the clause
    /// puts a board up anywhere outside the board's own words, or when the board's own words put it up (悬挂“…”牌 — 悬挂的
    /// 牌子, a board already hung, is not this).
    /// </summary>
    internal static string? TakenDown(FieldReading field, RecognitionHit hit)
    {
        // A title is read with its description (DocumentReading.QuietRegulatedTitle): 关于规范村级便民服务站挂牌的通知 over a
        // description that names no board keeps its reading.
        if (hit.Entry.Family != LexiconFamilies.Signboard || hit.Field != TitleContext.Description)
        {
            return null;
        }
        var k = DocumentText.ClauseAtSource(field, hit.Spans[0].Start);
        if (k < 0)
        {
            return null;
        }
        var text = field.Text.Text;
        var clause = text[field.Clauses[k].Start..field.Clauses[k].End];
        // (phase 36) The board's own words read with a noun after them (上墙|制度: what is on the wall).
        if (InClause(field, k, hit) is not { } board
            || PutsUp(clause[board.Start..board.End] + (WallNouns.FirstOrDefault(n => clause.AsSpan(board.End).StartsWith(n, StringComparison.Ordinal)) ?? "")))
        {
            return null;
        }
        var (at, end) = board;
        // A table's cell is read by itself (| 各村违规挂牌 | 清理 | is work to do, phase 18b); its row is one clause for what
        // it puts up.
        var open = at > 0 ? clause.LastIndexOf('|', at - 1) + 1 : 0;
        var close = clause.IndexOf('|', end) is >= 0 and var bar ? bar : clause.Length;
        var before = clause[Math.Max(open, at - ListReach)..at];
        if (LastWord(before, Keeping.Concat(TakingDown)) is { } word)
        {
            var wordAt = at - before.Length + before.LastIndexOf(word, StringComparison.Ordinal);
            return PutsUpOutside(clause, (at, end), (wordAt, word.Length)) || Acts(clause[(wordAt + word.Length)..at]) ? null : word + "…" + hit.MatchedText;
        }
        var after = clause[end..close];
        // (phase 36) 对妇联系统在村（社区）设置的牌子和上墙制度进行了清理: the board is the object of a clean-up a light verb
        // (进行, 开展, 予以) carries after it.
        if (CleanedUpObject(clause, open, at, end, close) is { } cleanedUp)
        {
            return hit.MatchedText + "…" + cleanedUp;
        }
        // (phase 36) 原有牌子能用的继续使用, 院内现有牌子19块: a board told as already there puts none up.
        if (Existing.Select(e => before.LastIndexOf(e, StringComparison.Ordinal) is >= 0 and var x ? (Cue: e, Gap: before.Length - x - e.Length) : (Cue: e, Gap: -1))
                .Where(x => x.Gap is >= 0 and <= ExistingReach && !before[^x.Gap..].Any(ch => ch is ',' or ';' or ':' or '、'))
                .Select(x => x.Cue).FirstOrDefault() is { } existing
            && !PutsUpOutside(clause, (at, end), (at, 0)))
        {
            return existing + hit.MatchedText;
        }
        // (phase 36) 只保留村党组织、…牌子，集体经济组织牌子按规定悬挂: after a keep-only list, a further board hung by law (按规定,
        // 依法) is one more lawful board.
        if (LawfulHung(clause[at..close]) is { } lawful && KeptOnlyBefore(field, k))
        {
            return "只保留…，" + lawful;
        }
        // (phase 35) 已制作悬挂的牌匾由各村自行取下, 已悬挂的“…”标牌和展板请各村在7月底前自行拆除, 已悬挂的星级牌由各村自行处理:
        // a board told as already put up (已…的 before it) that its clause then takes down or disposes of, anywhere after it, is
        // removed, not demanded.
        if (AlreadyUp(clause[open..end], at - open) is >= 0 and var done && FirstWord(after, TakingDown.Concat(Disposing)) is { } down
            && !PutsUpOutside(clause, (open + done, end), (end + after.IndexOf(down, StringComparison.Ordinal), down.Length)))
        {
            return "已…" + hit.MatchedText + "…" + down;
        }
        if (FirstWord(after, Keeping.Concat(TakingDown).Concat(NotHung)) is { } cue)
        {
            var cueAt = after.IndexOf(cue, StringComparison.Ordinal);
            var rest = after[(cueAt + cue.Length)..];
            var length = cue.Length;
            if (NotHung.Contains(cue))
            {
                // 牌子不得少于3块, 牌子不得拖延: a limit on a number or a double negation demands the board.
                if (Limits.Any(l => rest.StartsWith(l, StringComparison.Ordinal)) || RecognitionCues.Instance.DoubleNegation.Any(d => rest.StartsWith(d, StringComparison.Ordinal)))
                {
                    return null;
                }
                // 站点不再设立, 标牌无需悬挂: the verb the negation governs is the act not done.
                length += PuttingUp.FirstOrDefault(p => rest.StartsWith(p, StringComparison.Ordinal))?.Length ?? 0;
            }
            // Close after the board (机制牌子清理, 牌子于6月底前摘除), or, for a negation, anywhere after it with no other board between.
            if ((cueAt <= AfterReach || NotHung.Contains(cue)) && !after[..cueAt].Contains('牌')
                && !PutsUpOutside(clause, (at, end), (end + cueAt, length)))
            {
                return hit.MatchedText + "…" + cue;
            }
        }
        if (clause[end..].Trim().Length <= 1 && k + 1 < field.Clauses.Count && field.Clauses[k + 1].Sentence == field.Clauses[k].Sentence)
        {
            var next = text[field.Clauses[k + 1].Start..field.Clauses[k + 1].End].Trim();
            var opening = ClauseScope.WithoutLeading(next, TimeLeads);
            if (TakingDown.FirstOrDefault(t => opening.IndexOf(t, StringComparison.Ordinal) is >= 0 and <= NextClauseReach) is { } removal
                && !PutsUp(next) && !PutsUpOutside(clause, (at, end), (at, 0)))
            {
                return hit.MatchedText + "，" + removal;
            }
        }
        return null;
    }

    private static readonly string[] Limits = RecognitionCues.Instance.List("agency.list_limits");
    private static readonly string[] Existing = RecognitionCues.Instance.List("board_removal.existing");
    private static readonly string[] WallNouns = RecognitionCues.Instance.List("board_removal.wall_nouns");
    private static readonly string[] KeepingOnly = [.. Keeping.Where(w => w != "保留")];

    // 原有的|“家庭医生工作站”|牌子: the characters between a word of being there and the board.
    private const int ExistingReach = 12;

    private static readonly string[] LightVerbs = RecognitionCues.Instance.List("object_before_verb.light_verbs");
    private static readonly string[] CleanUpFillers = ["了", "一次", "全面", "集中", "统一", "彻底"];

    /// <summary>
    /// (phase 36) 对…牌子和上墙制度进行了清理: 对 before the board with no clause mark between, and after it a light verb
    /// ([object_before_verb.light_verbs]) then a taking-down word ([board_removal.taking_down]), with nothing put up between
    /// (对…牌子进行统一制作 puts one up). The taking-down word, or null.
    /// </summary>
    private static string? CleanedUpObject(string clause, int open, int at, int end, int close)
    {
        var dui = clause.LastIndexOf('对', Math.Max(open, at - 1));
        if (dui < open || dui >= at)
        {
            return null;
        }
        var after = clause[end..close];
        foreach (var light in LightVerbs)
        {
            var l = after.IndexOf(light, StringComparison.Ordinal);
            if (l < 0 || PutsUp(after[..l]) || PutsUpOutside(clause, (at, end), (at, 0)))
            {
                continue;
            }
            var rest = ClauseScope.WithoutLeading(after[(l + light.Length)..], CleanUpFillers);
            if (TakingDown.FirstOrDefault(t => rest.StartsWith(t, StringComparison.Ordinal)) is { } down)
            {
                return light + down;
            }
        }
        return null;
    }

    /// <summary>(phase 36) A word of law right before a putting-up verb in the words (牌子按规定悬挂, 依法设置), or null.</summary>
    private static string? LawfulHung(string words)
    {
        foreach (var lawful in Lawful)
        {
            for (var at = words.IndexOf(lawful, StringComparison.Ordinal); at >= 0; at = words.IndexOf(lawful, at + lawful.Length, StringComparison.Ordinal))
            {
                var from = at + lawful.Length;
                if (PuttingUp.FirstOrDefault(p => words.AsSpan(from).StartsWith(p, StringComparison.Ordinal)) is { } verb)
                {
                    return lawful + verb;
                }
            }
        }
        return null;
    }

    /// <summary>(phase 36) An earlier clause of the sentence keeps only the boards it lists (只保留…, 仅悬挂…).</summary>
    private static bool KeptOnlyBefore(FieldReading field, int k)
    {
        var text = field.Text.Text;
        for (var c = k - 1; c >= 0 && field.Clauses[c].Sentence == field.Clauses[k].Sentence; c--)
        {
            var words = text[field.Clauses[c].Start..field.Clauses[c].End];
            if (KeepingOnly.Any(w => words.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 35) The words up to a board's end tell it as already put up: an 已 before the board (已经, 已制作悬挂的,
    /// 已悬挂的“…”标牌和) and a 的 after that 已, in the board's own words or between.
    /// </summary>
    private static int AlreadyUp(string words, int boardAt)
    {
        var done = boardAt > 0 ? words.LastIndexOf('已', boardAt - 1) : -1;
        return done >= 0 && words.IndexOf('的', done) > done ? done : -1;
    }

    /// <summary>
    /// Whether the words between a keeping or taking-down word and the board hold a verb of their own ([verb_stops]: 按规范完成
    /// 阵地建设 — the board is what is to be done, 规范 the standard): then they are no list of what is kept or removed. 组织
    /// there names bodies (村党组织, 集体经济组织), and a verb qualified as in <see cref="PutsUp"/> (依法设立的组织) is no act.
    /// </summary>
    private static bool Acts(string between) => Holds(between, RecognitionCues.Instance.VerbStops.Where(v => v != "组织"));

    /// <summary>
    /// (phase 20) 各村只保留村委会牌子并加挂“综治工作站”牌子: the clause reading takes a keeping word (只保留, 仅挂 — in
    /// [negation_before]) as a negation of the board after it; a clause that keeps some boards and also puts one up demands
    /// that one. A signboard match negated by a keeping word whose clause, after the match, puts a board up fires again, as a
    /// sentence naming no one does.
    /// </summary>
    internal static void RestorePutUp(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Verdict is not { Fires: false, Reason: VerdictReason.Negated, Cue: { } cue } || !Keeping.Contains(cue)
                || hit.Entry.Family != LexiconFamilies.Signboard || hit.Spans.Count == 0
                || readings.FirstOrDefault(r => r.Field == hit.Field) is not { } field
                || DocumentText.ClauseAtSource(field, hit.Spans[0].Start) is not (>= 0 and var k))
            {
                continue;
            }
            var clause = field.Text.Text[field.Clauses[k].Start..field.Clauses[k].End];
            if (InClause(field, k, hit) is { } board && PutsUp(clause[board.End..]))
            {
                hits[i] = hit with { Verdict = new HitVerdict(true, VerdictReason.NoOtherActor, null) };
            }
        }
    }

    /// <summary>
    /// Whether the clause puts a board up outside the board's own words and the cue read with it (只悬挂, 不再设立): a word of
    /// putting up anywhere else, a board already hung or made (悬挂的牌子, 制作的标牌) apart.
    /// </summary>
    private static bool PutsUpOutside(string clause, (int Start, int End) board, (int Start, int Length) cue)
    {
        var words = clause.ToCharArray();
        for (var i = board.Start; i < board.End; i++)
        {
            words[i] = '|';
        }
        for (var i = cue.Start; i < cue.Start + cue.Length && i < words.Length; i++)
        {
            words[i] = '|';
        }
        return PutsUp(new string(words));
    }

    /// <summary>
    /// The match's place in its clause's normalised words, found by its source offsets (its matched text is the source's, with
    /// “…” where the normalised words have "…"), or null.
    /// </summary>
    private static (int Start, int End)? InClause(FieldReading field, int k, RecognitionHit hit)
    {
        var clause = field.Clauses[k];
        var (from, to) = (hit.Spans[0].Start, hit.Spans[^1].Start + hit.Spans[^1].Length);
        var (start, end) = (-1, -1);
        for (var i = clause.Start; i < clause.End; i++)
        {
            var (s, _) = field.Text.ToSource(i, i + 1);
            if (start < 0 && s >= from)
            {
                start = i - clause.Start;
            }
            if (s < to)
            {
                end = i + 1 - clause.Start;
            }
        }
        return start >= 0 && end > start ? (start, end) : null;
    }

    /// <summary>The keeping or taking-down word standing last in <paramref name="words"/>, or null.</summary>
    private static string? LastWord(string words, IEnumerable<string> cues) =>
        cues.Select(c => (Cue: c, At: words.LastIndexOf(c, StringComparison.Ordinal))).Where(x => x.At >= 0)
            .OrderByDescending(x => x.At).ThenByDescending(x => x.Cue.Length).Select(x => x.Cue).FirstOrDefault();

    /// <summary>The cue standing first in <paramref name="words"/>, or null.</summary>
    private static string? FirstWord(string words, IEnumerable<string> cues) =>
        cues.Select(c => (Cue: c, At: words.IndexOf(c, StringComparison.Ordinal))).Where(x => x.At >= 0)
            .OrderBy(x => x.At).ThenByDescending(x => x.Cue.Length).Select(x => x.Cue).FirstOrDefault();

    /// <summary>
    /// Whether the words put a board up ([board_removal.putting_up]) other than after a word of law (依法依规设立的组织); a word
    /// followed by 的 (悬挂的牌子, 制作的标牌, 要求设立的“…”: a board already hung, made or asked for before) does not count.
    /// </summary>
    private static bool PutsUp(string words) => Holds(words, PuttingUp);

    /// <summary>Whether one of <paramref name="verbs"/> stands in the words neither after a word of law nor before 的.</summary>
    private static bool Holds(string words, IEnumerable<string> verbs)
    {
        foreach (var word in verbs)
        {
            for (var at = words.IndexOf(word, StringComparison.Ordinal); at >= 0; at = words.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var lead = words[Math.Max(0, at - LawfulReach)..at];
                // (phase 35) 制作悬挂的牌匾, 制作安装的标牌: a chain of putting-up words closed by 的 is a board already up.
                var next = at + word.Length;
                for (var chained = true; chained;)
                {
                    chained = false;
                    foreach (var verb in PuttingUp)
                    {
                        if (string.CompareOrdinal(words, next, verb, 0, verb.Length) == 0 && next + verb.Length <= words.Length)
                        {
                            next += verb.Length;
                            chained = true;
                            break;
                        }
                    }
                }
                var relative = next < words.Length && words[next] == '的';
                // (phase 36) 上墙制度, 上墙材料: the word names what is on the wall, a noun.
                var named = WallNouns.Any(n => string.CompareOrdinal(words, next, n, 0, n.Length) == 0);
                if (!Lawful.Any(l => lead.Contains(l, StringComparison.Ordinal)) && !relative && !named)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
