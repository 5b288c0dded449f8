namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// The word lists of the clause analysis, read once from the embedded recognition-cues.txt (kept as data so that a
/// reviewer reads them as a list, and the evaluation corpus is the test that they still do their job).
/// </summary>
internal sealed class RecognitionCues
{
    private static readonly Lazy<RecognitionCues> Shared = new(Load);

    private readonly Dictionary<string, string[]> sections;

    private RecognitionCues(Dictionary<string, string[]> sections)
    {
        this.sections = sections;
        Village = List("village");
        NotVillage = [.. List("not_village")];
        VillageHeads = List("village_heads");
        VillageMarkers = List("village_markers");
        BodySuffixes = [.. List("body_suffixes").OrderByDescending(w => w.Length)];
        BoundSuffixes = [.. List("bound_suffixes")];
        NotBody = [.. List("not_body")];
        Private = [.. List("private")];
        Attribution = List("attribution");
        Delegation = List("delegation");
        HandedTo = List("handed_to");
        Organising = [.. List("organising").OrderByDescending(w => w.Length)];
        Patient = [.. List("patient").OrderByDescending(w => w.Length)];
        Assisting = [.. List("assisting").OrderByDescending(w => w.Length)];
        NegationBefore = [.. List("negation_before").Concat(List("negation_uncounted")).OrderByDescending(w => w.Length)];
        NegationAdjacent = [.. List("negation_adjacent").Select(w => w[0])];
        NegationAfter = [.. List("negation_after").OrderByDescending(w => w.Length)];
        NotNegating = List("not_negating");
        VerbStops = [.. List("verb_stops")];
        DoubleNegation = List("double_negation");
        Enumeration = List("enumeration");
        Voluntary = List("voluntary");
        Disowning = List("disowning");
        Reproach = List("reproach");
        Issuing = [.. List("issuing").OrderByDescending(w => w.Length)];
        CertificateIssuing = [.. List("certificate_issuing").OrderByDescending(w => w.Length)];
        CertificateDocuments = [.. List("certificate_documents")];
        Jointly = List("jointly");
        Reported = List("reported");
        CertificateProducing = [.. List("certificate_producing").OrderByDescending(w => w.Length)];
        CertificateAttaching = List("certificate_attaching");
        CertificateStamps = List("certificate_stamps");
        OwnWorkGenres = [.. List("own_work_genres").OrderByDescending(w => w.TrimEnd(':').Length)];
        Finding = [.. List("finding").OrderByDescending(w => w.Length)];
        SelfPenalty = List("self_penalty");
        Signing = [.. List("signing").OrderByDescending(w => w.Length)];
        PledgeInstruments = [.. List("pledge_instruments").OrderByDescending(w => w.Length)];
    }

    /// <summary>(phase 8) A title's last word naming a department's own paper (简报, 讲话, 答复函 …; "一图读懂:" opens it).</summary>
    public string[] OwnWorkGenres { get; }

    /// <summary>(phase 10) Right after 自愿, a penalty the signer accepts in advance (自愿扣减绩效): a pledge's words, not a choice.</summary>
    public string[] SelfPenalty { get; }

    /// <summary>(phase 10) Verbs that sign or hand in a pledge instrument: 签订《…责任书》 is an act, not a citation.</summary>
    public string[] Signing { get; }

    /// <summary>(phase 10) How a pledge instrument's title ends (…责任书, …承诺, …承诺卡, …确认单).</summary>
    public string[] PledgeInstruments { get; }

    /// <summary>(phase 8) Words opening a sentence that reports an inspection's finding (督查发现, 存在问题：).</summary>
    public string[] Finding { get; }

    /// <summary>Words right before a demand verb reproaching another body for the demand (擅自要求各村…).</summary>
    public string[] Reproach { get; }

    /// <summary>Issuing verbs: "X 开具的 Y" names Y's issuer; "下达《…书》" serves an instrument, it does not cite a document.</summary>
    public string[] Issuing { get; }

    /// <summary>Verbs by which a body issues a certificate (出具, 开具): whoever stands before one is the certificate's issuer.</summary>
    public string[] CertificateIssuing { get; }

    /// <summary>Words naming a document that proves something (证明, 证实, 说明, 材料): with an issuing verb, a demand for a certificate.</summary>
    public HashSet<string> CertificateDocuments { get; }

    /// <summary>"X 会同 村两委 …": the village named right after one of these acts jointly with X.</summary>
    public string[] Jointly { get; }

    /// <summary>"个别部门要求…": quantifiers that make a requester one of some bodies, a practice reported (ClauseStructure).</summary>
    public string[] Reported { get; }

    /// <summary>"出一份…说明", "写出书面情况": producing a document; with the village's stamp or a listed fact it is issuing a certificate.</summary>
    public string[] CertificateProducing { get; }

    /// <summary>(phase 33) Verbs attaching or handing in a paper (须附, 提供): with a document word, a paper named by no fact.</summary>
    public string[] CertificateAttaching { get; }

    /// <summary>"村委会盖章": the stamp that makes a written statement the village's certificate.</summary>
    public string[] CertificateStamps { get; }

    /// <summary>Words opening a clause that lists what the clause before spoke of (包括…, 如…): it shares that clause's negation.</summary>
    public string[] Enumeration { get; }

    /// <summary>Words saying the village takes part by its own choice (自愿报名): a rule family does not target it there.</summary>
    public string[] Voluntary { get; }

    /// <summary>Words right after a village's name saying the matter is not the village's (跟社区无关).</summary>
    public string[] Disowning { get; }

    public static RecognitionCues Instance => Shared.Value;

    /// <summary>
    /// (session 12) A section read as written, in order: the reading's own word lists ([document_scope.own_organs] …) live
    /// in the cue file like every other cue, and each class takes its lists once, into a static field.
    /// </summary>
    public string[] List(string name) =>
        sections.TryGetValue(name, out var words) ? words : throw new InvalidOperationException($"recognition-cues.txt has no [{name}]");

    /// <summary>A section of single characters (bullets, organisation characters), as characters.</summary>
    public char[] Chars(string name) =>
        [.. List(name).Select(w => w.Length == 1 ? w[0] : throw new InvalidOperationException($"[{name}] holds \"{w}\", not one character"))];

    public string[] Village { get; }
    public HashSet<string> NotVillage { get; }
    public string[] VillageHeads { get; }
    public string[] VillageMarkers { get; }
    public string[] BodySuffixes { get; }
    public HashSet<string> BoundSuffixes { get; }
    public HashSet<string> NotBody { get; }
    public HashSet<string> Private { get; }
    public string[] Attribution { get; }
    public string[] Delegation { get; }
    public string[] HandedTo { get; }

    /// <summary>Verbs by which the village organises its own people (组织工作专班, 抽调人员): they work for the village.</summary>
    public string[] Organising { get; }
    public string[] Patient { get; }
    public string[] Assisting { get; }
    public string[] NegationBefore { get; }
    public HashSet<char> NegationAdjacent { get; }
    public string[] NegationAfter { get; }
    public string[] NotNegating { get; }
    public HashSet<string> VerbStops { get; }
    public string[] DoubleNegation { get; }

    /// <summary>Every cue word, for jieba's user dictionary.</summary>
    public IEnumerable<string> Words =>
        Village.Concat(NotVillage).Concat(NotBody).Concat(Private).Concat(Delegation).Concat(HandedTo).Concat(NegationBefore).Concat(NegationAfter).Concat(DoubleNegation).Concat(Voluntary);

    private static RecognitionCues Load()
    {
        using var stream = typeof(RecognitionCues).Assembly.GetManifestResourceStream("TaskAdmission.Core.Admission.Recognition.recognition-cues.txt")
            ?? throw new InvalidOperationException("recognition-cues.txt is not embedded");
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? name = null;
        var words = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var text = line.Split('#')[0].Trim();
            if (text.StartsWith('[') && text.EndsWith(']'))
            {
                if (name is not null)
                {
                    sections[name] = [.. words];
                }
                name = text[1..^1];
                words.Clear();
            }
            else if (text.Length > 0)
            {
                words.AddRange(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Text.TextNormaliser.Fold));
            }
        }
        if (name is not null)
        {
            sections[name] = [.. words];
        }
        return new RecognitionCues(sections);
    }
}
