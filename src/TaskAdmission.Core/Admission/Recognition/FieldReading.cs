using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// One field of a task as the analyser reads it: normalised, split into clauses, with the document titles it cites
/// (《…》) and a clause reader made only when a phrase matched.
/// </summary>
internal sealed class FieldReading
{
    private readonly int[] clauseStarts;
    private readonly List<(int Start, int End)> cited;
    private readonly RecogniserLexicon lexicon;
    private ClauseReader? reader;

    public FieldReading(string field, string source, RecogniserLexicon lexicon)
    {
        Field = field;
        Text = TextNormaliser.Normalise(source);
        Clauses = ClauseSplitter.Split(Text.Text);
        clauseStarts = [.. Clauses.Select(c => c.Start)];
        cited = CitedTitles(Text.Text);
        this.lexicon = lexicon;
    }

    public string Field { get; }

    public NormalisedText Text { get; }

    public IReadOnlyList<Clause> Clauses { get; }

    public ClauseReader Reader => reader ??= new ClauseReader(Text.Text, Clauses, RecognitionCues.Instance, lexicon);

    /// <summary>The clause holding the position, or -1 (a position on a comma or a sentence end).</summary>
    public int ClauseAt(int position)
    {
        var i = Array.BinarySearch(clauseStarts, position);
        i = i >= 0 ? i : ~i - 1;
        return i >= 0 && position < Clauses[i].End ? i : -1;
    }

    /// <summary>Inside a cited document title: what 《关于规范村级考核排名的意见》 says is not asked of anyone (an instrument
    /// served with an issuing verb, 下达《责令停止违法行为通知书》, is not a citation).</summary>
    public bool IsCited(int position) => cited.Any(c => position >= c.Start && position < c.End);

    /// <summary>An issuing verb of at least <paramref name="shortest"/> characters right before the title's 《 (下达《…书》, 开《…单》).</summary>
    private static bool IssuedBefore(string text, int open, int shortest) => EndsWithIssuing(text[Math.Max(0, open - 4)..open].TrimEnd(), shortest);

    /// <summary>Whether <paramref name="before"/> ends with an issuing verb (<see cref="RecognitionCues.Issuing"/>) of at least <paramref name="shortest"/> characters.</summary>
    private static bool EndsWithIssuing(string before, int shortest) =>
        RecognitionCues.Instance.Issuing.Any(v => v.Length >= shortest && before.EndsWith(v, StringComparison.Ordinal));

    private static readonly string[] ServedSlips = RecognitionCues.Instance.List("field_reading.served_slips");

    private static bool ServedSlip(string text, int open, int close)
    {
        var name = text[(open + 1)..close];
        if (!ServedSlips.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }
        // One-character verbs too here (开, 出): the slip's own name already says it is served.
        return IssuedBefore(text, open, shortest: 1);
    }

    private static readonly string[] CertificateTitleEnds = RecognitionCues.Instance.List("field_reading.certificate_title_ends");

    private static bool CertificateIssued(string text, int open, int close)
    {
        var name = text[(open + 1)..close];
        if (!CertificateTitleEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }
        var before = text[Math.Max(0, open - 5)..open].TrimEnd();
        before = before.EndsWith('的') ? before[..^1] : before;
        if (EndsWithIssuing(before, shortest: 2))
        {
            return true;
        }
        // (review of phase 16) 将《外出务工人员无违法犯罪情况说明》加盖村委会公章后报…, 《…说明》由各村出具: the issuing verb or
        // the stamp after the title, in its own clause, issues it — unless the title is cited as the ground of the act
        // ([field_reading.citing]: 依据《…的说明》出具).
        if (Citing.Any(c => before.EndsWith(c, StringComparison.Ordinal)))
        {
            return false;
        }
        var rest = text[(close + 1)..Math.Min(text.Length, close + 1 + IssuedAfterReach)];
        var clauseEnd = rest.IndexOfAny([',', '，', '。', ';', '；', '\n']);
        rest = clauseEnd >= 0 ? rest[..clauseEnd] : rest;
        var cues = RecognitionCues.Instance;
        return cues.CertificateIssuing.Concat(cues.CertificateStamps).Any(v => rest.Contains(v, StringComparison.Ordinal));
    }

    private const int IssuedAfterReach = 12;
    private static readonly string[] Citing = RecognitionCues.Instance.List("field_reading.citing");

    private static bool SignedPledge(string text, int open, int close)
    {
        var cues = RecognitionCues.Instance;
        var name = text[(open + 1)..close];
        if (!cues.PledgeInstruments.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
        {
            return false;
        }
        var before = text[Math.Max(0, open - 4)..open].TrimEnd();
        if (cues.Signing.Any(v => before.EndsWith(v, StringComparison.Ordinal)))
        {
            return true;
        }
        // (phase 29) 提交由书记、主任签字的《履职承诺书》: a signature closed by 的 (签字的, 签名的) qualifies the instrument — the
        // persons sign it, it is not cited. Not 签订的 (废止与各村签订的《…责任书》 names an agreement already made).
        var qualified = text[Math.Max(0, open - 5)..open].TrimEnd();
        if (qualified.EndsWith('的') && SignatureWords.Any(v => qualified[..^1].EndsWith(v, StringComparison.Ordinal)))
        {
            return true;
        }
        // 在《…确认单》上签字并按手印: the signing verb follows the instrument.
        var after = text[(close + 1)..Math.Min(text.Length, close + 6)];
        if (before.EndsWith('在') && after.StartsWith('上') && cues.Signing.Any(v => v.Length >= 2 && after.Contains(v, StringComparison.Ordinal)))
        {
            return true;
        }
        // (phase 32) 会上统一收《村级党风廉政建设责任书》，支书签字、村党组织盖章后带来: the clause right after the instrument says
        // who signs or stamps it ([field_reading.signatures], [certificate_stamps]) — it is signed, not cited. Not when that
        // clause ends it ([field_reading.voiding]: 作废, 不再 … — 已签字的一律作废).
        var next = text[(close + 1)..Math.Min(text.Length, close + 1 + SignedAfterReach)];
        var stop = next.IndexOfAny(['。', ';', '；', '\n']);
        next = stop >= 0 ? next[..stop] : next;
        return next.TrimStart().StartsWith(',') && SignatureWords.Concat(cues.CertificateStamps).Any(v => next.Contains(v, StringComparison.Ordinal))
            && !Voiding.Any(v => next.Contains(v, StringComparison.Ordinal));
    }

    private const int SignedAfterReach = 16;
    private static readonly string[] Voiding = RecognitionCues.Instance.List("field_reading.voiding");

    private static readonly string[] SignatureWords = RecognitionCues.Instance.List("field_reading.signatures");

    private static List<(int Start, int End)> CitedTitles(string text)
    {
        var found = new List<(int, int)>();
        for (var open = text.IndexOf('《'); open >= 0; open = text.IndexOf('《', open + 1))
        {
            var close = text.IndexOf('》', open + 1);
            if (close < 0)
            {
                break;
            }
            // 下达《责令停止违法行为通知书》: an instrument (…书) served or issued is an act, its words are read.
            if (close > open + 1 && text[close - 1] == '书' && IssuedBefore(text, open, shortest: 2))
            {
                continue;
            }
            // (phase 35) 直接给工地开《扬尘污染整改通知单》: a slip that orders or notifies (…通知单, …告知单: [field_reading.served_slips])
            // right after an issuing verb — the one-character 开, 出 too, which a slip's name leaves no other reading for — is served.
            if (close > open + 1 && ServedSlip(text, open, close))
            {
                continue;
            }
            // (phase 16) 村委会出具的《实际种粮面积证明》: a certificate (…证明, …说明) right after an issuing verb, or "<verb>的",
            // is the paper issued, not a document cited — its words are read.
            if (close > open + 1 && CertificateIssued(text, open, close))
            {
                continue;
            }
            // (phase 10) 签订《…责任书》, 递交《…承诺书》, 签订《坐班值守承诺》, 在《…确认单》上签字: a pledge instrument signed or
            // handed in binds the signer — what it pledges is read, whatever verb brings it.
            if (close > open + 1 && SignedPledge(text, open, close))
            {
                continue;
            }
            found.Add((open, close));
        }
        return found;
    }
}
