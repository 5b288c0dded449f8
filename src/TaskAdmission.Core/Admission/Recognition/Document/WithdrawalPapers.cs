using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 34) Papers that stop, withdraw or cancel an earlier demand on the villages, read as an approver reads them: the
/// paper's act is said once, by its title (关于停止执行…的通知, 关于撤回…要求的通知, 关于暂停…的通知) or by its opening sentence
/// (经研究，决定自即日起停止…), and <b>wherever the body restates the demand it lifts — quoted, described, listed as 原要求…,
/// told as what an office 布置的/提出的/实行的, or what was done under it (已报送的…, 前期各村发的…) — the restatement is
/// named only to lift it; what the body newly orders (改为…, 今后…, 请各村…, 各村要于…, 继续…) is read as it stands.</b>
/// <para>A sentence is read as the restatement when, before the first place it orders anew (<see cref="NewOrderAt"/>):
/// (1) one of its later clauses is a bare ending (…，自本通知印发之日起停止执行; …，现予撤回), or
/// (2) it orders nothing at all and the next sentence ends it — bare (经乡党委研究，自即日起停止执行。) or pointing back (该做法…，
/// 现予撤回; 以上要求自即日起停止执行, which also ends the list items above it), or
/// (3) it tells the demand as past (原要求, 此前, 前期, 曾要求, …布置的, 已报送的) and names the paper's matter again (two
/// characters running of the title's or opening's matter, not a generic word such as 各村 or 要求).
/// Not when the restated part keeps the demand for some or for later (除…外, 保留, 仍, 恢复执行: <see cref="Withdrawals.KeepsForSome"/>),
/// nor in a title that takes a standing away (关于取消…评优资格的通知 is a sanction).</para>
/// <para>(phase 35) Also ended: what the next sentence (or a later clause) ends by pointing back with a noun (取消该排名通报,
/// 废止该办法: <see cref="PointedEnding"/>), through a sentence that only judges it (该做法加重了村级负担: <see cref="Judges"/>),
/// with an earlier paper's own 须 when recounted (…印发的《…》，规定各村须…: <see cref="Recounted"/>); the items after a
/// forward reference (决定废止以下两项要求：一是…；二是…: <see cref="ForwardEnding"/>); and the paper's act said again in the
/// body over its matter (区安委办决定终止“…”创建活动: <see cref="ActOfEnding"/>).</para>
/// <para>(phase 37) In every paper, whatever its title: a demand told (要求, 规定, or as past) and ended by name in a later
/// sentence (停止要求各村上传…照片, 一、取消…截图接龙: <see cref="EndedLater"/>); and in a paper that ends its matter, what was done
/// under it and is no longer followed up (已申报的示范村不再组织验收: <see cref="DoneNoLonger"/>).</para>
/// </summary>
internal static class WithdrawalPapers
{
    private static readonly RecognitionCues Cues = RecognitionCues.Instance;
    private static readonly string[] TitleVerbs = [.. Cues.List("withdrawal_papers.title_verbs").OrderByDescending(w => w.Length)];
    private static readonly string[] TitleAdverbs = [.. Cues.List("withdrawal_papers.title_adverbs").OrderByDescending(w => w.Length)];
    private static readonly string[] PaperEnds = Cues.List("withdrawal_papers.paper_ends");
    private static readonly string[] Deciding = Cues.List("withdrawal_papers.deciding");
    private static readonly string[] EndingVerbs = [.. Cues.List("withdrawal_papers.ending_verbs").OrderByDescending(w => w.Length)];
    private static readonly string[] PastLeads = [.. Cues.List("withdrawal_papers.past_leads").OrderByDescending(w => w.Length)];
    private static readonly string[] IssuedActs = Cues.List("withdrawal_papers.issued_acts");
    private static readonly string[] BackReferences = [.. Cues.List("withdrawal_papers.back_references").OrderByDescending(w => w.Length)];
    private static readonly string[] ListReferences = Cues.List("withdrawal_papers.list_references");
    private static readonly string[] LeadOpeners = Cues.List("withdrawal_papers.lead_openers");
    private static readonly string[] AnewWords = Cues.List("withdrawal_papers.anew_words");
    private static readonly string[] NotAsking = Cues.List("withdrawal_papers.not_asking");
    private static readonly string[] GenericPairs = Cues.List("withdrawal_papers.generic_pairs");
    private static readonly string[] WorkVerbs = Cues.List("withdrawal_papers.work_verbs");
    private static readonly string[] DemandNouns = Cues.List("withdrawal_papers.demand_nouns");
    private static readonly string[] Disposals = Cues.List("withdrawal_papers.disposals");
    private static readonly string[] Asking = [.. Cues.List("withdrawals.asking"), .. Cues.List("changed_demands.topic_modals")];
    private static readonly string[] Replacing = Cues.List("withdrawals.replacements");
    private static readonly string[] Standings = Cues.List("changed_demands.standings");
    private static readonly string[] Enforcing = Cues.List("withdrawals.enforcing");
    private static readonly string[] ReAsking = Cues.List("withdrawal_papers.re_asking");
    private static readonly string[] OtherEndings = [.. TitleVerbs, "不再"];
    private static readonly string[] ForwardReferences = Cues.List("withdrawal_papers.forward_references");
    private static readonly string[] RecountingVerbs = Cues.List("withdrawal_papers.recounting_verbs");

    /// <summary>The cue's opening of a part this reader found withdrawn by the paper.</summary>
    internal const string Ended = "文件撤回：";

    /// <summary>(phase 35) The most characters of the noun after an ending verb's reference (取消该排名通报, 废止上述两项要求).</summary>
    private const int MaxPointedNoun = 8;

    /// <summary>The most characters of a title's paper noun after its last 的 (的通知, 的紧急通知, 的补充通知).</summary>
    private const int MaxPaperEnd = 6;

    /// <summary>The cue of a thing told as done (已报送的): lifted only when the sentence disposes of it.</summary>
    private const string DoneMark = "已…的";

    /// <summary>The most characters an 已 may stand before the 的 closing what was done (已报送的, 已上传至平台的).</summary>
    private const int MaxDoneAct = 6;

    /// <summary>The title's (then the opening's) withdrawal, read into spans of the title and the description.</summary>
    internal static void Spans(DocumentReading reading, FieldReading? title, FieldReading description)
    {
        var text = description.Text.Text;
        var clauses = description.Clauses;
        if (clauses.Count == 0)
        {
            return;
        }
        var sentences = DocumentText.Sentences(description).ToList();
        string? matter = null;
        if (title is not null && TitleMatter(title.Text.Text) is { } titled)
        {
            matter = titled.Matter;
            reading.AddNotOperative(title, titled.At, titled.At + titled.Verb.Length + titled.Matter.Length, titled.Verb);
        }
        matter ??= OpeningMatter(text, clauses, sentences);
        if (matter is null)
        {
            // (phase 37) A paper that ends no matter by its title or opening may still end, by name, a demand it tells.
            for (var s = 0; s < sentences.Count - 1 && HoldsEnding(text, clauses[sentences[s + 1].First].Start, text.Length); s++)
            {
                EndedLater(reading, description, sentences, s);
            }
            return;
        }
        for (var s = 0; s < sentences.Count; s++)
        {
            var (first, last) = sentences[s];
            var start = clauses[first].Start;
            var end = clauses[last].End;
            var lead = start + DocumentText.LeadLength(text[start..end]);
            var cut = Math.Max(lead, NewOrderAt(text, clauses, first, last));
            // (phase 35) 区安委办决定终止“…”创建活动; 2027年起停止开展…评比活动; 原定的…创建验收停止进行: the paper's own act,
            // said again in the body over the matter it ends.
            // Kept in the sentence, or for some villages in the next (…停止执行。城关三个村保留。; 确需保留的法定事项… keeps no demand).
            var keptHere = Withdrawals.KeepsForSome(text[lead..end])
                || s + 1 < sentences.Count && KeepsForVillages(SentenceText(text, clauses, sentences[s + 1]));
            for (var c = first; c <= last && clauses[c].Start < cut && !keptHere; c++)
            {
                if ((ActOfEnding(text[clauses[c].Start..Math.Min(clauses[c].End, cut)], matter)
                    ?? DoneNoLonger(text[clauses[c].Start..Math.Min(clauses[c].End, cut)], matter)) is { } act)
                {
                    reading.AddNotOperative(description, clauses[c].Start, Math.Min(clauses[c].End, cut), Ended + act);
                }
            }
            // (phase 35) 决定废止以下两项要求：一是…；二是…: the items after a forward reference are what is ended.
            if (ForwardEnding(text, clauses, first, last, cut) is { } forward && !Withdrawals.KeepsForSome(text[lead..cut]))
            {
                if (forward.From < cut)
                {
                    reading.AddNotOperative(description, forward.From, cut, Ended + forward.Cue);
                }
                // 以下两项要求：⏎1.…；⏎2.…。 or …：一是…；二是…。 — the items that follow, each up to where it orders anew.
                for (var (n, open) = (s + 1, cut == end && OpensList(text, end)); open && n < sentences.Count; n++)
                {
                    var (nf, nl) = sentences[n];
                    var ns = clauses[nf].Start;
                    var ne = clauses[nl].End;
                    var words = text[ns..ne];
                    var item = ItemLength(words);
                    var ncut = NewOrderAt(text, clauses, nf, nl);
                    if (item < 0 || Withdrawals.KeepsForSome(words) || ncut <= ns + item)
                    {
                        break;
                    }
                    reading.AddNotOperative(description, ns + item, ncut, Ended + forward.Cue);
                    open = ncut == ne && OpensList(text, ne);
                    s = n;
                }
                continue;
            }
            // (1) …的要求，经乡党委研究，自即日起停止执行.
            // (phase 36) 2025年印发的《…》中，要求各村每月上报…、每次走访须上传…的三项条款，…，自本通知印发之日起停止执行: the
            // earlier paper's demand recounted and ended in one sentence — its own 须 are its words, as when the next sentence
            // ends it. …，自即日起停止执行，但城关村仍按周上传: kept for some villages after the ending.
            var ownCut = cut < end && Recounted(text[lead..end]) ? Math.Max(lead, NewOrderAt(text, clauses, first, last, recounted: true)) : cut;
            if (OwnEnding(text, clauses, first, last, ownCut) is { } own && !Withdrawals.KeepsForSome(text[lead..own.End])
                && !ReAsked(text[own.End..end]) && !Withdrawals.KeptForVillagesAfter(text, own.End, text[lead..own.End]))
            {
                reading.AddNotOperative(description, lead, own.End, Ended + "…" + own.Verb);
                continue;
            }
            // (2) …布置的…做法，增加了村里的负担。经乡党委会研究，自即日起停止执行。
            // (phase 35) 镇政府2025年印发的《…办法》，规定各村须…。…决定自即日起废止该办法。 — what the earlier paper 规定/要求
            // is recounted, its words of asking with it; and 该做法加重了村级负担。经研究，自…起停止执行。 — a sentence that only
            // judges what it points back at passes the ending on to the one it judges.
            var ender = s + 1 < sentences.Count ? EndedByNext(text, clauses, sentences[s + 1]) : null;
            var endingAt = s + 1;
            if (ender is null && s + 2 < sentences.Count && Judges(text, clauses, sentences[s + 1])
                && EndedByNext(text, clauses, sentences[s + 2]) is { } later)
            {
                (ender, endingAt) = (later, s + 2);
            }
            if (ender is not null && cut < end && Recounted(text[lead..end]))
            {
                cut = Math.Max(lead, NewOrderAt(text, clauses, first, last, recounted: true));
            }
            if (cut == end && ender is { } next
                && !Withdrawals.KeepsForSome(text[lead..end]) && !NextKeeps(text, clauses, sentences, endingAt - 1) && Content(text[lead..end]))
            {
                reading.AddNotOperative(description, lead, end, Ended + "…" + next.Cue);
                // 原要求：⏎1.…；⏎2.…。⏎以上要求自即日起停止执行。 — the items of the list the reference points back to.
                if (next.List)
                {
                    for (var p = s - 1; p >= 0; p--)
                    {
                        var (pf, pl) = sentences[p];
                        var ps = clauses[pf].Start;
                        var pe = clauses[pl].End;
                        var words = text[ps..pe];
                        var item = DocumentText.LeadLength(words) > 0;
                        if (NewOrderAt(text, clauses, pf, pl) != pe || Withdrawals.KeepsForSome(words) || !item && !words.TrimEnd().EndsWith(':'))
                        {
                            break;
                        }
                        reading.AddNotOperative(description, ps + DocumentText.LeadLength(words), pe, Ended + "…" + next.Cue);
                        if (!item)
                        {
                            break;
                        }
                    }
                }
                continue;
            }
            // (3) 原要求各村按季度…出具…证明，现改为…; 前期各村发的截图不作任何评比使用.
            var told = text[lead..cut];
            // 已上传的照片不作任何考核使用: what was done under the demand, disposed of, needs not name the matter.
            if (PastTold(told) is { } past && (past != DoneMark && SharesMatter(told, matter) || Disposals.Any(d => told.Contains(d, StringComparison.Ordinal)))
                && !Withdrawals.KeepsForSome(told) && !ReAsked(text[lead..end]) && !NextKeeps(text, clauses, sentences, s)
                && !(s + 2 < sentences.Count && Judges(text, clauses, sentences[s + 1]) && NextKeeps(text, clauses, sentences, s + 1))
                && !(s + 1 < sentences.Count && EndsOther(SentenceText(text, clauses, sentences[s + 1]), told)))
            {
                reading.AddNotOperative(description, lead, cut, Ended + past);
            }
            else
            {
                EndedLater(reading, description, sentences, s);
            }
        }
    }

    /// <summary>
    /// (phase 37) (4) 今年4月以来，镇专班要求各村每日上传…照片。…即日起，镇专班停止要求各村上传…照片: a demand told (要求,
    /// 规定, or as past) and ended by name in a later sentence of the paper (取消…截图接龙, 不再以…通报: <see cref="LaterEnding"/>)
    /// is named only to end it — up to where the sentence orders anew, and unless that ending keeps some of it or asks it again.
    /// </summary>
    private static void EndedLater(DocumentReading reading, FieldReading description, List<(int First, int Last)> sentences, int s)
    {
        var text = description.Text.Text;
        var clauses = description.Clauses;
        var (first, last) = sentences[s];
        var start = clauses[first].Start;
        var end = clauses[last].End;
        var lead = start + DocumentText.LeadLength(text[start..end]);
        var cut = Math.Max(lead, NewOrderAt(text, clauses, first, last));
        var told = text[lead..cut];
        if (cut > lead && (PastTold(told) is not null || RecountingAt(told) >= 0) && !Withdrawals.KeepsForSome(told)
            && !ReAsked(text[lead..end]) && LaterEnding(text, clauses, sentences, s, told) is { } ending)
        {
            reading.AddNotOperative(description, lead, cut, Ended + "…" + ending);
        }
    }

    /// <summary>
    /// (phase 37) A sentence after <paramref name="s"/> that ends, by name, what <paramref name="told"/> tells: an ending verb
    /// ([withdrawal_papers.title_verbs] or 不再; not one that may name work) of the paper's own (not after 不/未, nor ordered of
    /// another: 责令, nor by a village: 由村委会…停止) before the sentence orders anew, over words that name the told demand again
    /// (two distinct pairs of characters running, not generic, in what it demands). Not when that sentence or the next keeps the demand for some or asks it again. The
    /// verb and what it names, or null.
    /// </summary>
    private static string? LaterEnding(string text, IReadOnlyList<Clause> clauses, List<(int First, int Last)> sentences, int s, string told)
    {
        // What the told sentence demands: after its 要求/规定 when the demand follows it (镇河长办要求各村…: not the office's
        // name), the whole sentence when it closes it (…布置了…截图接龙的要求).
        var demanded = RecountingAt(told) is >= 0 and var asked && told[asked..].TrimEnd('。', ';', ',', ' ').Length > MaxPaperEnd ? told[asked..] : told;
        for (var t = s + 1; t < sentences.Count; t++)
        {
            var (first, last) = sentences[t];
            if (!HoldsEnding(text, clauses[first].Start, clauses[last].End))
            {
                continue;
            }
            var cut = NewOrderAt(text, clauses, first, last);
            for (var c = first; c <= last && clauses[c].Start < cut; c++)
            {
                var words = text[clauses[c].Start..Math.Min(clauses[c].End, cut)];
                var (at, verb) = (-1, "");
                foreach (var v in OtherEndings)
                {
                    if (words.IndexOf(v, StringComparison.Ordinal) is >= 0 and var i && (at < 0 || i < at))
                    {
                        (at, verb) = (i, v);
                    }
                }
                if (at < 0 || WorkVerbs.Contains(verb) || at > 0 && words[at - 1] is '不' or '未' or '没')
                {
                    continue;
                }
                var before = words[..at];
                var named = words[(at + verb.Length)..].TrimEnd('。', ';', ',', '!', ' ');
                // 对未上传的村，取消…: a case closed by 的 is what a sanction falls on, not the paper's own ending.
                if (Enforcing.Any(e => before.Contains(e, StringComparison.Ordinal)) || before.Contains('的')
                    || Cues.Village.Any(v => before.Contains("由" + v, StringComparison.Ordinal))
                    || Standings.Any(d => named.Contains(d, StringComparison.Ordinal)) || SharedPairs(demanded, named, 2) < 2)
                {
                    continue;
                }
                var sentence = SentenceText(text, clauses, sentences[t]);
                if (Deferred(text[clauses[first].Start..(clauses[c].Start + at)]))
                {
                    continue;
                }
                if (Withdrawals.KeepsForSome(sentence) || ReAsked(sentence) || NextKeeps(text, clauses, sentences, t))
                {
                    return null;
                }
                return verb + named;
            }
        }
        return null;
    }

    /// <summary>
    /// 关于停止执行各村每日报送…要求的通知 → the verb (停止执行), where the title's act starts and the matter it withdraws
    /// (各村每日报送…要求); null when the title withdraws nothing, or takes a standing away (关于取消…评优资格的通知), or orders
    /// someone to stop (关于责令…停止…).
    /// </summary>
    internal static (string Verb, int At, string Matter)? TitleMatter(string title)
    {
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        var at = about < 0 ? 0 : about + 2;
        var rest = title[at..];
        for (var stripped = true; stripped;)
        {
            stripped = false;
            if (TitleAdverbs.FirstOrDefault(a => rest.StartsWith(a, StringComparison.Ordinal)) is { } adverb)
            {
                rest = rest[adverb.Length..];
                stripped = true;
            }
            // (phase 35) 关于2027年度停止开展…, 关于2026年起取消…: the year the act takes effect.
            else if (YearLength(rest) is > 0 and var year)
            {
                rest = rest[year..];
                stripped = true;
            }
        }
        if (TitleVerbs.FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal)) is not { } verb)
        {
            return null;
        }
        var matter = rest[verb.Length..].TrimEnd();
        if (matter.LastIndexOf('的') is > 0 and var of && matter.Length - of - 1 <= MaxPaperEnd
            && PaperEnds.Any(p => matter.EndsWith(p, StringComparison.Ordinal)))
        {
            matter = matter[..of];
        }
        // 关于清理不规范地名标牌的通知, 关于收回集体土地的通知: a verb that may name work withdraws only a demand named as such.
        if (matter.Length < 2 || Standings.Any(t => matter.EndsWith(t, StringComparison.Ordinal))
            || WorkVerbs.Contains(verb) && !DemandNouns.Any(n => matter.EndsWith(n, StringComparison.Ordinal)))
        {
            return null;
        }
        // 关于停止纸质台账改为拍照上传的通知: what replaces the withdrawn demand is no part of it.
        var replaced = Replacing.Select(r => matter.IndexOf(r, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(matter.Length).Min();
        return replaced < 2 ? null : (verb, title.Length - rest.Length, matter[..replaced]);
    }

    /// <summary>(phase 35) The length of a year opening the words (2027年, 2027年度, 2026年起), or 0.</summary>
    private static int YearLength(string words)
    {
        var i = 0;
        while (i < words.Length && char.IsAsciiDigit(words[i]))
        {
            i++;
        }
        if (i != 4 || i >= words.Length || words[i] != '年')
        {
            return 0;
        }
        i++;
        i += i < words.Length && words[i] == '度' ? 1 : 0;
        i += i < words.Length && words[i] == '起' ? 1 : 0;
        return i;
    }

    /// <summary>
    /// 经镇党委研究，决定自即日起停止执行…的规定。 — the first sentence of the body that says the paper itself decides
    /// ([withdrawal_papers.deciding]: 决定, 现决定, 现予) to end what a clause names after a withdrawing verb. The matter, or null.
    /// </summary>
    private static string? OpeningMatter(string text, IReadOnlyList<Clause> clauses, List<(int First, int Last)> sentences)
    {
        foreach (var (first, last) in sentences)
        {
            var sentence = text[clauses[first].Start..clauses[last].End].Trim();
            // The addressee line (各村:) opens the body; the first sentence of content follows.
            if (sentence.EndsWith(':') && sentence.Length <= 24 || !Content(sentence))
            {
                continue;
            }
            for (var c = first; c <= last; c++)
            {
                var words = text[clauses[c].Start..clauses[c].End];
                foreach (var decide in Deciding)
                {
                    if (words.IndexOf(decide, StringComparison.Ordinal) is not (>= 0 and var d))
                    {
                        continue;
                    }
                    var rest = ChangedDemands.EndingLeadStripped(words[(d + decide.Length)..]);
                    if (TitleVerbs.FirstOrDefault(v => rest.StartsWith(v, StringComparison.Ordinal)) is { } verb
                        && rest[verb.Length..].Trim().TrimEnd('。', ';', ',') is { Length: >= 2 } matter
                        && !Standings.Any(t => matter.EndsWith(t, StringComparison.Ordinal)))
                    {
                        return matter;
                    }
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// Where the sentence (clauses first..last) starts to order anew, as a normalised offset: a replacement (改为, 改由 …), a
    /// word of asking (请, 须, 务必, 要于 …; not inside a quotation, which recounts the old demand, nor 申请, 无须 …), or a clause
    /// holding a word of what is to come (今后, 此后, 下一步 …). The sentence's end when it orders nothing anew.
    /// </summary>
    internal static int NewOrderAt(string text, IReadOnlyList<Clause> clauses, int first, int last, bool recounted = false)
    {
        var start = clauses[first].Start;
        var end = clauses[last].End;
        var words = PaperDirection.Unquoted(text[start..end]);
        var cut = words.Length;
        foreach (var word in Replacing)
        {
            if (words.IndexOf(word, StringComparison.Ordinal) is >= 0 and var at && at < cut)
            {
                cut = at;
            }
        }
        // (phase 35) Recounted: the words of asking after the earlier paper's 规定/要求 are its words, until a clause of now (，现…).
        var recounting = recounted ? RecountingAt(words) : -1;
        foreach (var word in Asking)
        {
            for (var at = words.IndexOf(word, StringComparison.Ordinal); at >= 0 && at < cut; at = words.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (recounting >= 0 && at > recounting && !words.AsSpan(recounting, at - recounting).Contains(",现", StringComparison.Ordinal))
                {
                    continue;
                }
                if (!NotAsking.Any(n => n.Contains(word, StringComparison.Ordinal) && n.IndexOf(word, StringComparison.Ordinal) is var i
                    && at - i >= 0 && string.CompareOrdinal(words, at - i, n, 0, n.Length) == 0))
                {
                    cut = at;
                    break;
                }
            }
        }
        for (var c = first; c <= last; c++)
        {
            var from = clauses[c].Start - start;
            if (from >= cut)
            {
                break;
            }
            var clause = words[from..(clauses[c].End - start)];
            if (AnewWords.Any(a => clause.Contains(a, StringComparison.Ordinal)))
            {
                cut = from;
                break;
            }
        }
        return start + cut;
    }

    /// <summary>
    /// (1) A later clause of the sentence, before it orders anew, that is a bare ending (现予撤回, 自即日起停止执行, 予以废止):
    /// it ends what the clauses before it name — at least one of which is more than a lead (经…研究, 为…). Its end and verb, or null.
    /// </summary>
    private static (int End, string Verb)? OwnEnding(string text, IReadOnlyList<Clause> clauses, int first, int last, int cut)
    {
        var named = false;
        for (var c = first; c <= last && clauses[c].Start < cut; c++)
        {
            var words = text[clauses[c].Start..clauses[c].End].Trim();
            if (c > first && named && (BareEnding(words) ?? PointedEnding(words)) is { } verb)
            {
                return (clauses[c].End, verb);
            }
            named |= !IsLead(words) && Content(words);
        }
        return null;
    }

    /// <summary>
    /// (2) The next sentence ends the one before: its first clause after the leads (经乡党委研究, 为减轻基层负担) is a bare
    /// ending, or opens by pointing back (该做法, 上述要求, 以上: [withdrawal_papers.back_references]) and that clause or a later
    /// one before the sentence orders anew ends (…不符合有关规定，现予撤回; 以上要求自即日起停止执行). The cue, and whether the
    /// reference points back at a list (以上, 上述), or null.
    /// </summary>
    private static (string Cue, bool List)? EndedByNext(string text, IReadOnlyList<Clause> clauses, (int First, int Last) next)
    {
        var cut = NewOrderAt(text, clauses, next.First, next.Last);
        var c = next.First;
        while (c < next.Last && IsLead(text[clauses[c].Start..clauses[c].End].Trim()))
        {
            c++;
        }
        if (clauses[c].Start >= cut)
        {
            return null;
        }
        var opening = text[clauses[c].Start..clauses[c].End].Trim();
        opening = opening[DocumentText.LeadLength(opening)..];
        if (BareEnding(opening) is { } bare)
        {
            return (bare, false);
        }
        // (phase 35) 自2026年6月起取消该排名通报, 镇政府决定自即日起废止该办法, 乡武装部决定撤销上述要求.
        if (PointedEnding(opening) is { } pointed)
        {
            return (pointed, ListReferences.Any(l => pointed.Contains(l, StringComparison.Ordinal)));
        }
        if (BackReferences.FirstOrDefault(b => opening.StartsWith(b, StringComparison.Ordinal)) is not { } back)
        {
            return null;
        }
        for (var k = c; k <= next.Last && clauses[k].Start < cut; k++)
        {
            var words = text[clauses[k].Start..clauses[k].End].Trim().TrimEnd('。', ';', ',', '!', ' ');
            if (k == c)
            {
                // 以上要求自即日起停止执行: the reference and its noun, then the ending.
                var verb = EndingVerbs.FirstOrDefault(v => words.EndsWith(v, StringComparison.Ordinal) || words.EndsWith(v + "了", StringComparison.Ordinal));
                if (verb is not null && !Enforcing.Any(e => words.Contains(e, StringComparison.Ordinal)))
                {
                    return (back + "…" + verb, ListReferences.Contains(back));
                }
                continue;
            }
            if (BareEnding(words) is { } ending)
            {
                return (back + "…" + ending, ListReferences.Contains(back));
            }
        }
        return null;
    }

    private static string SentenceText(string text, IReadOnlyList<Clause> clauses, (int First, int Last) sentence) =>
        text[clauses[sentence.First].Start..clauses[sentence.Last].End];

    /// <summary>
    /// The sentence after the restated one keeps the demand for some or for later (自即日起取消该要求，沿江村保留): nothing
    /// is lifted, as for the restated words themselves.
    /// </summary>
    private static bool NextKeeps(string text, IReadOnlyList<Clause> clauses, List<(int First, int Last)> sentences, int s)
    {
        if (s + 1 >= sentences.Count)
        {
            return false;
        }
        // (phase 35) …停止执行，各村不再报送打卡照片；原工作群保留，仅用于发布通知: a point after a semicolon keeps another
        // thing, unless it keeps the demand for some villages (…停止执行；沿江三个村保留).
        var (first, last) = sentences[s + 1];
        var next = SentenceText(text, clauses, (first, last));
        for (var n = s + 2; n < sentences.Count && OpensList(text, clauses[last].End); n++)
        {
            if (KeepsForVillages(SentenceText(text, clauses, sentences[n])))
            {
                return true;
            }
            last = sentences[n].Last;
        }
        return Withdrawals.KeepsForSome(next);
    }

    /// <summary>(phase 35) Words that keep the demand for some villages (城关三个村保留, 除沿河各村外): a keep naming a village.</summary>
    private static bool KeepsForVillages(string words) =>
        Withdrawals.KeepsForSome(words) && Cues.Village.Any(v => words.Contains(v, StringComparison.Ordinal));

    /// <summary>
    /// (phase 35) An ending verb, then a reference back (该, 上述 …) and a short noun naming a demand ([withdrawal_papers.demand_nouns]):
    /// 取消该排名通报, 决定自即日起废止该办法, 撤销上述两项要求. Not after 不/未, nor when someone is ordered to stop (责令该企业停止),
    /// nor of a standing (取消该村评优资格: the noun names no demand). The cue, or null.
    /// </summary>
    private static string? PointedEnding(string words)
    {
        words = words.Trim().TrimEnd('。', ';', ',', '!', ' ');
        foreach (var verb in EndingVerbs)
        {
            for (var at = words.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = words.IndexOf(verb, at + 1, StringComparison.Ordinal))
            {
                var rest = words[(at + verb.Length)..];
                if (BackReferences.FirstOrDefault(b => rest.StartsWith(b, StringComparison.Ordinal)) is { } back
                    && rest[back.Length..] is { Length: > 0 and <= MaxPointedNoun } noun
                    && DemandNouns.Any(n => noun.EndsWith(n, StringComparison.Ordinal))
                    && !Standings.Any(t => noun.Contains(t, StringComparison.Ordinal))
                    && !(at > 0 && words[at - 1] is '不' or '未' or '没')
                    && !Enforcing.Any(e => words[..at].Contains(e, StringComparison.Ordinal)))
                {
                    return verb + back + noun;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 35) A clause of the sentence, before it orders anew, with an ending verb and a reference forward (决定废止以下两项要求：
    /// 一是…；二是…; 现将下列事项予以取消：): what follows it is what is ended. Where it starts and the cue, or null.
    /// </summary>
    private static (int From, string Cue)? ForwardEnding(string text, IReadOnlyList<Clause> clauses, int first, int last, int cut)
    {
        for (var c = first; c <= last && clauses[c].Start < cut; c++)
        {
            var words = text[clauses[c].Start..clauses[c].End];
            foreach (var verb in EndingVerbs)
            {
                if (words.IndexOf(verb, StringComparison.Ordinal) is >= 0 and var at && clauses[c].Start + at < cut
                    && (ForwardReferences.FirstOrDefault(f => string.CompareOrdinal(words, at + verb.Length, f, 0, f.Length) == 0)
                        // 现将下列事项予以取消: the reference carried before the verb by 将/把.
                        ?? ForwardReferences.FirstOrDefault(f => words.IndexOf("将" + f, StringComparison.Ordinal) is >= 0 and var r && r < at
                            || words.IndexOf("把" + f, StringComparison.Ordinal) is >= 0 and var b && b < at)) is { } forward
                    && !(at > 0 && words[at - 1] is '不' or '未' or '没')
                    && !Enforcing.Any(e => words[..at].Contains(e, StringComparison.Ordinal)))
                {
                    // 以下两项要求：一是… — the items start after the colon, or with the next clause.
                    var colon = words.IndexOf(':', at);
                    var from = colon >= 0 ? clauses[c].Start + colon + 1 : clauses[c].End;
                    return (from, verb + forward);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// (phase 35) A clause that is the paper's act of ending its matter: an ending verb ([withdrawal_papers.title_verbs]) after
    /// only the one who decides, 决定 and time words (区安委办决定终止…, 2027年起停止开展…), or closing the clause (…创建验收停止进行,
    /// …自即日起废止), over words that name the paper's matter again. Not when the clause asks, keeps for some, asks the act
    /// again, orders someone to stop (责令…停止), or a village does the stopping (由村委会…停止…). The verb, or null.
    /// </summary>
    private static string? ActOfEnding(string clause, string matter)
    {
        var words = clause.Trim().TrimEnd('。', ';', ',', '!', ' ');
        if (words.Length < 4 || Asking.Any(a => words.Contains(a, StringComparison.Ordinal)) || Withdrawals.KeepsForSome(words)
            || ReAsked(words) || Enforcing.Any(e => words.Contains(e, StringComparison.Ordinal))
            || Standings.Any(t => words.Contains(t, StringComparison.Ordinal)))
        {
            return null;
        }
        // The first ending verb: what is before it decides, what is after it is ended.
        var (at, verb) = (-1, "");
        foreach (var v in TitleVerbs)
        {
            if (words.IndexOf(v, StringComparison.Ordinal) is >= 0 and var i && (at < 0 || i < at))
            {
                (at, verb) = (i, v);
            }
        }
        if (at < 0 || WorkVerbs.Contains(verb) || at > 0 && words[at - 1] is '不' or '未' or '没')
        {
            return null;
        }
        var before = words[..at];
        var after = words[(at + verb.Length)..];
        if (Cues.Village.Any(v => before.Contains(v, StringComparison.Ordinal)) && !SharesMatter(before, matter))
        {
            return null;
        }
        // 决定废止要求…的条款、各村年内完成招商引资任务: a village's demand joined to the list ended is no part of it.
        for (var join = after.IndexOf('、'); join >= 0; join = after.IndexOf('、', join + 1))
        {
            if (Cues.Village.Any(v => string.CompareOrdinal(after, join + 1, v, 0, v.Length) == 0))
            {
                return null;
            }
        }
        // …创建验收停止进行: the verb closes the clause, and what it ends stands before it.
        if (after is "" or "了" or "进行" or "执行" or "实施" or "开展")
        {
            return SharesMatter(before, matter) && !Cues.Village.Any(v => before.StartsWith("由" + v, StringComparison.Ordinal)) ? verb : null;
        }
        return SharesMatter(after, matter) && !Cues.Village.Any(v => before.Contains(v, StringComparison.Ordinal)) ? verb : null;
    }

    /// <summary>
    /// (phase 37) 已确定的创建村不再组织验收, 已签订的责任书不再考核: in a paper that ends its matter, a clause whose topic is
    /// what was done under it (已 and a short act closed by 的) and whose predicate is 不再 — the done thing is no longer followed
    /// up — over words naming the matter again. Not when the clause asks or keeps. The cue, or null.
    /// </summary>
    private static string? DoneNoLonger(string clause, string matter)
    {
        var words = clause.Trim();
        if (PastTold(words) != DoneMark || words.IndexOf('的') is not (> 0 and var of) || words.IndexOf("不再", of, StringComparison.Ordinal) < 0
            || Asking.Any(a => words.Contains(a, StringComparison.Ordinal)) || Withdrawals.KeepsForSome(words) || ReAsked(words)
            || !SharesMatter(words, matter))
        {
            return null;
        }
        return DoneMark + "不再";
    }

    /// <summary>(phase 35) A sentence that leaves a list open: the mark after its end is a colon or a semicolon (…要求：, 一是…的规定；).</summary>
    private static bool OpensList(string text, int end) => end < text.Length && text[end] is ':' or ';';

    /// <summary>
    /// (phase 35) The length of an item's mark (1., （二）, 二是, 其二, 第二，), or -1 when the words open no item.
    /// </summary>
    private static int ItemLength(string words)
    {
        var lead = DocumentText.LeadLength(words);
        if (lead > 0 && lead < words.Length && !char.IsWhiteSpace(words[lead - 1]))
        {
            return lead;
        }
        var body = words[lead..];
        const string numerals = "一二三四五六七八九十";
        var i = body.StartsWith('其') || body.StartsWith('第') ? 1 : 0;
        var digits = i;
        while (i < body.Length && numerals.Contains(body[i]))
        {
            i++;
        }
        if (i == digits || i >= body.Length)
        {
            return -1;
        }
        if (digits == 0 && body[i] == '是' || digits == 1 && body[0] == '其')
        {
            return lead + i + (body[i] == '是' ? 1 : 0);
        }
        return digits == 1 && body[0] == '第' && body[i] is ',' or '、' ? lead + i + 1 : -1;
    }

    /// <summary>
    /// (phase 35) A sentence that judges what the one before told (该做法加重了村级负担，且与…重复): it opens with a reference back,
    /// orders nothing and ends nothing itself.
    /// </summary>
    private static bool Judges(string text, IReadOnlyList<Clause> clauses, (int First, int Last) sentence)
    {
        var words = SentenceText(text, clauses, sentence).Trim();
        words = words[DocumentText.LeadLength(words)..];
        return BackReferences.Any(b => words.StartsWith(b, StringComparison.Ordinal))
            && NewOrderAt(text, clauses, sentence.First, sentence.Last) == clauses[sentence.Last].End
            && !Withdrawals.KeepsForSome(words);
    }

    /// <summary>(phase 35) The sentence tells an earlier paper's or office's demand (印发的《…》，规定各村须…; 下发通知，要求…).</summary>
    private static bool Recounted(string words) => PastTold(words) is not null || RecountingAt(words) >= 0 && IssuedActs.Any(a => words.Contains(a, StringComparison.Ordinal));

    /// <summary>Where the earlier paper's demand is told (its 规定/要求 …: [withdrawal_papers.recounting_verbs]), or -1.</summary>
    private static int RecountingAt(string words)
    {
        var first = -1;
        foreach (var verb in RecountingVerbs)
        {
            if (words.IndexOf(verb, StringComparison.Ordinal) is >= 0 and var at && (first < 0 || at < first))
            {
                first = at;
            }
        }
        return first;
    }

    /// <summary>
    /// The words ask the same act again ([withdrawal_papers.re_asking]: 原责任状废止，…由各村按新模板重新签订): what was ended
    /// is demanded anew, so it keeps its reading.
    /// </summary>
    private static bool ReAsked(string rest) => ReAsking.Any(a => rest.Contains(a, StringComparison.Ordinal));

    /// <summary>
    /// The next sentence ends something by name (自6月1日起不再报送纸质登记表) that shares nothing with the demand told before it
    /// (此前…要求各村每天上报…照片): the paper stops another thing, and the demand told stands, whatever the title says.
    /// </summary>
    private static bool EndsOther(string next, string told)
    {
        // The first ending in the sentence (OtherEndings holds the longer verbs first).
        var (at, verb) = (-1, "");
        foreach (var v in OtherEndings)
        {
            if (next.IndexOf(v, StringComparison.Ordinal) is >= 0 and var i && (at < 0 || i < at))
            {
                (at, verb) = (i, v);
            }
        }
        if (at < 0)
        {
            return false;
        }
        var after = at + verb.Length;
        var stop = next.IndexOfAny([',', ';', '。', ':'], after);
        var named = next[after..(stop < 0 ? next.Length : stop)];
        // 停止执行上述要求, 取消该做法: a reference back to what was told, not another thing.
        return Content(named) && !BackReferences.Any(b => named.StartsWith(b, StringComparison.Ordinal)) && !SharesMatter(told, named);
    }

    /// <summary>A clause that is only time words, now, adverbs and an ending verb ([withdrawal_papers.ending_verbs]).</summary>
    private static string? BareEnding(string words) => ChangedDemands.EndedBare(words, EndingVerbs);

    /// <summary>A lead clause: 经乡党委研究, 经镇为基层减负工作专班审核, 为减轻基层负担 ([withdrawal_papers.lead_openers]).</summary>
    private static bool IsLead(string words) =>
        LeadOpeners.Any(o => words.StartsWith(o, StringComparison.Ordinal)) && BareEnding(words) is null && !words.Contains("决定", StringComparison.Ordinal);

    /// <summary>
    /// (3) The demand told as past: the words open (after time words) with a past lead ([withdrawal_papers.past_leads]: 原要求,
    /// 此前, 前期, 曾要求 …), or hold an act of issuing closed by 的 (…布置的, …提出的, …实行的: [withdrawal_papers.issued_acts]),
    /// or 已 and a short act closed by 的 (已报送的, 已上传的). The cue, or null.
    /// </summary>
    private static string? PastTold(string words)
    {
        var body = words.TrimStart(' ', ',');
        if (PastLeads.FirstOrDefault(p => body.StartsWith(p, StringComparison.Ordinal)) is { } lead)
        {
            return lead;
        }
        var unquoted = PaperDirection.Unquoted(body);
        if (IssuedActs.FirstOrDefault(a => unquoted.Contains(a + "的", StringComparison.Ordinal)) is { } issued)
        {
            return issued + "的";
        }
        // 镇里曾要求各村…, 县局曾布置…: an act of asking told as done before.
        if (IssuedActs.Append("要求").FirstOrDefault(a => unquoted.Contains("曾" + a, StringComparison.Ordinal)) is { } once)
        {
            return "曾" + once;
        }
        for (var at = unquoted.IndexOf('已'); at >= 0; at = unquoted.IndexOf('已', at + 1))
        {
            if (unquoted.IndexOf('的', at) is > 0 and var of && of - at <= MaxDoneAct && unquoted.IndexOfAny([',', ';', ':'], at, of - at) < 0)
            {
                return DoneMark;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the words name the matter again: two CJK characters running that the matter holds too, other than a generic
    /// pair ([withdrawal_papers.generic_pairs]: 各村, 要求, 执行 …).
    /// </summary>
    internal static bool SharesMatter(string words, string matter) => SharedPairs(words, matter, 1) > 0;

    private static readonly string[] Deferring = Cues.List("withdrawal_papers.deferring");

    /// <summary>
    /// (phase 37) Whether the words before an ending defer it to a time or case to come: a part closed by 后 (汛期结束后，取消…)
    /// or a word of waiting or condition ([withdrawal_papers.deferring]: 待, 届时, 一旦 …). Until then the demand stands.
    /// </summary>
    private static bool Deferred(string before)
    {
        foreach (var part in before.Split([',', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Trim().EndsWith('后'))
            {
                return true;
            }
        }
        return Deferring.Any(d => before.Contains(d, StringComparison.Ordinal));
    }

    /// <summary>(phase 37) Whether the words from <paramref name="start"/> to <paramref name="end"/> hold an ending verb, before any allocation.</summary>
    private static bool HoldsEnding(string text, int start, int end)
    {
        var words = text.AsSpan(start, end - start);
        foreach (var verb in OtherEndings)
        {
            if (words.IndexOf(verb, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How many distinct pairs of CJK characters running in <paramref name="named"/> the words hold too, other than generic
    /// pairs, counted up to <paramref name="enough"/>: one names the matter again (<see cref="SharesMatter"/>); (phase 37) a
    /// later ending needs two — 取消纸质巡河台账 shares only 巡河 with …接龙报送巡河情况 (the topic, not the demand); 取消巡河接龙
    /// shares two.
    /// </summary>
    private static int SharedPairs(string words, string named, int enough)
    {
        var count = 0;
        for (var i = 0; i + 1 < named.Length && count < enough; i++)
        {
            if (named[i] is >= '\u4e00' and <= '\u9fff' && named[i + 1] is >= '\u4e00' and <= '\u9fff' && !Generic(named, i)
                && words.AsSpan().IndexOf(named.AsSpan(i, 2), StringComparison.Ordinal) >= 0
                && named.AsSpan(0, i).IndexOf(named.AsSpan(i, 2), StringComparison.Ordinal) < 0)
            {
                count++;
            }
        }
        return count;
    }

    private static bool Generic(string matter, int at)
    {
        foreach (var pair in GenericPairs)
        {
            if (string.CompareOrdinal(matter, at, pair, 0, 2) == 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the words hold at least two CJK characters (not only a signature's date or a number).</summary>
    private static bool Content(string words)
    {
        var count = 0;
        foreach (var ch in words)
        {
            if (ch is >= '\u4e00' and <= '\u9fff' && ++count >= 2)
            {
                return true;
            }
        }
        return false;
    }
}
