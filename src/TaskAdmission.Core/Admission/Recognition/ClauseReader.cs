using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// Finds the actors a clause names, using jieba's words so that 村 inside 村民 or 社区 inside 社区卫生服务中心 is not
/// taken for the village. Sentences are segmented only when a phrase matched in them, so a 100 kB description costs
/// segmentation of a few sentences, not of the whole text.
/// </summary>
internal sealed class ClauseReader(string text, IReadOnlyList<Clause> clauses, RecognitionCues cues, RecogniserLexicon lexicon)
{
    private const int MaxBodyPhrase = 10;
    private static readonly char[] OrganisationChars = RecognitionCues.Instance.Chars("clause_reader.organisation_chars");

    // (phase 27) 督查组工作人员, 检查组人员: the staff of a team named by its 组 (not 组织人员, whoever organises).
    private static bool TeamStaff(string lead) => lead.Length >= 3 && lead.Contains('组') && !lead.Contains("组织", StringComparison.Ordinal)
        && !lead.Contains("小组", StringComparison.Ordinal);
    private static readonly string[] AssignedToVillages = RecognitionCues.Instance.List("clause_reader.assigned_to_villages");
    private static readonly string[] AssignedCadreHeads = RecognitionCues.Instance.List("clause_reader.assigned_cadre_heads");
    private static readonly string[] AssignmentWords = RecognitionCues.Instance.List("clause_reader.assignment_words");
    private static readonly string[] TownshipCadres = RecognitionCues.Instance.List("clause_reader.township_cadres");
    private static readonly HashSet<string> FirstPersons = [.. RecognitionCues.Instance.List("clause_reader.first_persons")];
    private static readonly string[] VillagePeopleHeads = RecognitionCues.Instance.List("clause_reader.village_people_heads");
    private static readonly HashSet<string> Trainees = [.. RecognitionCues.Instance.List("clause_reader.trainees")];
    private static readonly string[] VillageCadres = RecognitionCues.Instance.List("clause_reader.village_cadres");
    private static readonly HashSet<string> ProvingVerbs = [.. RecognitionCues.Instance.List("clause_reader.proving_verbs")];
    private const string GluedFunctionChars = ChineseSegmenter.GluedFunctionChars;
    private readonly Dictionary<int, List<Word>> sentenceWords = [];
    private readonly Dictionary<int, List<Mention>> mentions = [];
    private readonly Dictionary<int, IReadOnlyList<(Word Word, string Tag)>> sentenceTags = [];

    public string Text => text;

    public IReadOnlyList<Clause> Clauses => clauses;

    /// <summary>Whether the clause names a village among its actors (各村, 村委会, 网格员 …).</summary>
    public bool NamesVillage(int clauseIndex) => Mentions(clauseIndex).Any(m => m.Kind == ActorKind.Village);

    public IReadOnlyList<Mention> Mentions(int clauseIndex)
    {
        if (mentions.TryGetValue(clauseIndex, out var found))
        {
            return found;
        }
        var clause = clauses[clauseIndex];
        var words = Words(clause.Sentence).Where(w => w.Start >= clause.Start && w.End <= clause.End).ToList();
        var result = new List<Mention>();
        var starts = words.Select(w => w.Start).ToHashSet();
        var ends = words.Select(w => w.End).ToHashSet();
        AddVillageWords(clause, starts, ends, words, result);
        foreach (var word in words)
        {
            if (cues.Private.Contains(word.Text) && !CadresTrained(word) && !Reflexive(word, words) && !Proved(words, word))
            {
                result.Add(new Mention(word.Start, word.End, ActorKind.Private, word.Text));
            }
            // (phase 21) Trainees who are the villages' cadres (举办村党组织书记培训班，参训学员每半天…签到) are the village, in a
            // notice to the townships as in one to the villages.
            else if (CadresTrained(word))
            {
                result.Add(new Mention(word.Start, word.End, ActorKind.Village, word.Text));
            }
            // (phase 25) 我们在后台自己截图留档: the writer speaking of its own side (a bureau's staff in a chat, a company in
            // its letter) names itself as the doer. Not 咱们, which takes in those spoken to, nor 我们 right before a village
            // word (我们村, 我们各村: the village speaking, or the villages addressed).
            else if (FirstPersons.Contains(word.Text) && !result.Any(m => m.Kind == ActorKind.Village && m.Start == word.End))
            {
                result.Add(new Mention(word.Start, word.End, ActorKind.Other, word.Text));
            }
            else if ((IsBody(word.Text) || SplitInstitution(words, word)) && !RelativeSuo(clause, word) && !PenaltyChu(clause, word) && BodyPhrase(clause, words, word) is { } body)
            {
                // A body's name swallows village words inside it (社区 in 社区卫生服务中心) unless it is the village itself.
                result.RemoveAll(m => m.Kind == ActorKind.Village && m.Start >= body.Start && m.End <= body.End && body.Kind != ActorKind.Village);
                if (!result.Any(m => m.Start <= body.Start && m.End >= body.End))
                {
                    result.RemoveAll(m => m.Start >= body.Start && m.End <= body.End);
                    result.Add(body);
                }
            }
        }
        AddAssignedCadres(clause, words, result);
        AddVillagePosts(clause, result);
        AddParties(clause, starts, result);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        // 由申请人所在村委会出具, 由死者生前居住地村(居)委会出具: a person named before a body's name, with only nouns
        // between, describes the body (the head of the noun phrase); the person does not act.
        result.RemoveAll(m => m.Kind == ActorKind.Private && ClauseStructure.ModifiesNextBody(this, clause, result, m));
        // (phase 11) 由企业所在村负责, 项目所在社区: a body right before 所在村/所属社区 says where the village is; the
        // village is the head of the noun phrase and the one acting.
        result.RemoveAll(m => m.Kind == ActorKind.Other
            && result.Any(v => v.Kind == ActorKind.Village && v.Start == m.End && (v.Text.StartsWith("所在", StringComparison.Ordinal) || v.Text.StartsWith("所属", StringComparison.Ordinal))));
        // (phase 29) 议事厅门口挂…牌, 厅内…上墙, 服务中心周边: a body's name followed by a place word names where the act is
        // done, not who does it ([body_place_words]). A village word keeps its own reading (村内, 社区门口 are read elsewhere).
        // 内 only as a place: 公司内部考核, 中心内设科室 name the body's own inside, which it runs (review of phase 29).
        result.RemoveAll(m => m.Kind == ActorKind.Other && BodyPlaceWords.Any(w => m.End + w.Length <= clause.End
            && string.CompareOrdinal(text, m.End, w, 0, w.Length) == 0
            && !(w == "内" && m.End + 1 < clause.End && text[m.End + 1] is '部' or '设')));
        // 新增“妇女儿童之家”“科普e站”三块牌子: a name in quotation marks is what is named, not who acts.
        result.RemoveAll(m => m.Kind != ActorKind.Village && ClauseStructure.Quoted(text, clause, m));
        mentions[clauseIndex] = result;
        return result;
    }

    /// <summary>
    /// (phase 22) 乙方负责…, 甲方对乙方…考核: a party word of an agreement stands for the party its head lines name
    /// (<see cref="AgreementParties"/>) — the village that signs or the provider a department pays. Unnamed, it names no one.
    /// </summary>
    private void AddParties(Clause clause, HashSet<int> starts, List<Mention> result)
    {
        foreach (var party in Parties.Words)
        {
            for (var at = text.IndexOf(party, clause.Start, clause.End - clause.Start, StringComparison.Ordinal); at >= 0;
                at = at + party.Length < clause.End ? text.IndexOf(party, at + party.Length, clause.End - at - party.Length, StringComparison.Ordinal) : -1)
            {
                var end = at + party.Length;
                if ((starts.Contains(at) || at == clause.Start) && Parties.KindOf(party, at) is { } kind && !result.Any(m => m.Start < end && m.End > at))
                {
                    result.Add(new Mention(at, end, kind, party));
                }
            }
        }
    }

    private static readonly string[] BodyPlaceWords = RecognitionCues.Instance.List("body_place_words");

    private AgreementParties? parties;

    /// <summary>(phase 22) The parties the paper's head lines name, read once per field.</summary>
    public AgreementParties Parties => parties ??= AgreementParties.Read(text, cues, lexicon.VillageWords);

    /// <summary>
    /// (phase 20) Whether a reflexive word ([clause_reader.reflexives]: 本人, 自己) stands right after a word naming the
    /// village's people (各村书记、委员本人先带头捐, 视频中须出现网格员本人): it stresses that person, it names no private one.
    /// After anything else (须本人到场, 申请人本人) it is the private person it always was.
    /// </summary>
    private bool Reflexive(Word word, List<Word> words) =>
        Reflexives.Contains(word.Text)
        && words.FindIndex(w => w.End == word.Start) is >= 0 and var i
        && (lexicon.VillageWords.Contains(words[i].Text) || (EndsWith(words[i].Text, VillagePeopleHeads) && !cues.Private.Contains(words[i].Text)));

    private static readonly HashSet<string> Reflexives = [.. RecognitionCues.Instance.List("clause_reader.reflexives")];

    /// <summary>
    /// (phase 20) Whether the person is what a paper proves (能证明申领人与参保人之间为配偶关系的材料): right after a verb of
    /// proving ([clause_reader.proving_verbs]) the person is its object, and whoever issues the proof is named elsewhere.
    /// </summary>
    private static bool Proved(List<Word> words, Word word) =>
        words.FindIndex(w => w.End == word.Start) is var before and >= 0 && ProvingVerbs.Contains(words[before].Text);

    /// <summary>
    /// (review of phase 16) Whether a trainee word (学员, [clause_reader.trainees]) names the villages' cadres: earlier in its
    /// paragraph the cadres are named ([clause_reader.village_cadres]: 请各村"两委"干部参加全区村干部学历提升班，学员每天须…签到),
    /// after any private person (组织农户报名，学员每日…签到 — the farmers are the trainees). Such trainees are no private persons:
    /// the village whose cadres they are acts.
    /// </summary>
    private bool CadresTrained(Word word)
    {
        if (!Trainees.Contains(word.Text))
        {
            return false;
        }
        var paragraph = word.Start == 0 ? 0 : text.LastIndexOf('\n', word.Start - 1) + 1;
        var before = text[paragraph..word.Start];
        var cadre = VillageCadres.Select(c => before.LastIndexOf(c, StringComparison.Ordinal)).DefaultIfEmpty(-1).Max();
        var person = cues.Private.Where(p => !Trainees.Contains(p)).Select(p => before.LastIndexOf(p, StringComparison.Ordinal)).DefaultIfEmpty(-1).Max();
        return cadre >= 0 && cadre > person;
    }

    /// <summary>
    /// The body whose name the term is part of (市场监管 in 镇市场监管所, 执法 in 执法大队, 招商 in 招商局): jieba's word
    /// holding the term ends with a bound suffix, or the next word is one. Only bound suffixes count (所, 局, 大队 …):
    /// a free noun after a verb (发到 街道) is the verb's object, not a name.
    /// </summary>
    public string? NameHolding(int clauseIndex, (int Start, int End) term)
    {
        var clause = clauses[clauseIndex];
        var words = Words(clause.Sentence);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.End < term.End || word.Start >= term.End)
            {
                continue;
            }
            if (word.End > term.End && word.Start <= term.Start)
            {
                return cues.BoundSuffixes.Any(s => word.Text.EndsWith(s, StringComparison.Ordinal) && word.End - s.Length >= term.End) && !SetUpByVillages(word.Text) ? word.Text : null;
            }
            // (phase 23) 证明所销售农产品确系自产: after a document word (证明, 说明) 所 is the particle of what is proved; no office
            // is called 证明所.
            if (word.End == term.End && i + 1 < words.Count && words[i + 1].Start == term.End && cues.BoundSuffixes.Contains(words[i + 1].Text)
                && !(words[i + 1].Text == "所" && cues.CertificateDocuments.Contains(word.Text))
                && text[term.Start..words[i + 1].End] is var name && !SetUpByVillages(name))
            {
                return name;
            }
            return null;
        }
        return null;
    }

    private void AddVillageWords(Clause clause, HashSet<int> starts, HashSet<int> ends, List<Word> words, List<Mention> result)
    {
        for (var at = clause.Start; at < clause.End;)
        {
            var matched = lexicon.VillageWords.FirstOrDefault(w => at + w.Length <= clause.End
                && string.CompareOrdinal(text, at, w, 0, w.Length) == 0
                && (starts.Contains(at) || at == clause.Start || GluedFunctionChars.Contains(text[at - 1]))
                && (ends.Contains(at + w.Length) || at + w.Length == clause.End || PossessiveGlued(at + w.Length, clause.End, ends)));
            if (matched is not null && !NotVillageAround(words, at, at + matched.Length) && !AssignedCadre(at, words) && !VisitedVillage(at, matched, words)
                && !EnteredNamedVillage(at, matched, words, clause) && !VillageAsModifier.QualifiesBare(text, at, matched, words, cues, lexicon.VillageWords, () => Tags(clause.Sentence))
                && !ChannelNamed(at + matched.Length, clause.End) && !CoinedName(at + matched.Length, matched, clause.End))
            {
                result.Add(new Mention(at, at + matched.Length, ActorKind.Village, matched));
                at += matched.Length;
                continue;
            }
            at++;
        }
        // Named villages and other words jieba keeps whole: 石桥村, 示范村, 花苑社区.
        foreach (var word in words.Where(w => (w.Text.EndsWith('村') || w.Text.EndsWith("社区", StringComparison.Ordinal)) && w.Text.Length <= 8
            && !cues.NotVillage.Contains(w.Text) && !Visits.Contains(w.Text) && !VisitedVillage(w.Start, w.Text, words) && !result.Any(m => m.Start < w.End && m.End > w.Start)
            && !(w.Text.EndsWith('村') && AssignedCadre(w.End - 1, words)) && !ChannelNamed(w.End, clause.End) && !CoinedName(w.End, w.Text, clause.End)
            // (phase 27) 红岩村站点 (a counted class of points), 罗某（杨家村线）: the name only says where the thing is.
            && !VillageAsModifier.Qualifies(text, w, words, cues, () => Tags(clause.Sentence)) && !EnteredNamedVillage(w.Start, w.Text, words, clause)))
        {
            result.Add(new Mention(word.Start, word.End, ActorKind.Village, word.Text));
        }
        // (phase 15) 村级河长, 村级统计员, 社区网格专干: a word that jieba keeps whole (a lexicon's field-of-work word) and that
        // opens with a village word and ends with one of its people's heads names the village's own people; the village
        // word inside it starts no word end, so the first pass cannot see it, and the village would be hidden as performer.
        // Plain loops first: this runs for every clause read, and nearly no word passes the first two tests.
        foreach (var word in words)
        {
            if (word.Text.Length < 3 || word.Text.Length > MaxBodyPhrase || !OpensWith(word.Text, cues.VillageMarkers) || !EndsWith(word.Text, VillagePeopleHeads))
            {
                continue;
            }
            if (VillageOpening(word.Text) is not null && !IsBody(word.Text) && !cues.Private.Contains(word.Text) && !AssignedCadre(word.Start, words)
                && !result.Any(m => m.Start < word.End && m.End > word.Start))
            {
                result.Add(new Mention(word.Start, word.End, ActorKind.Village, word.Text));
            }
        }
    }

    private static bool OpensWith(string word, string[] starts)
    {
        foreach (var s in starts)
        {
            if (word.StartsWith(s, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWith(string word, string[] ends)
    {
        foreach (var e in ends)
        {
            if (word.EndsWith(e, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>(phase 15) The village word a longer word opens with (村级 in 村级河长), unless the word opens with a word that
    /// names something else (村民, 村务, 村庄 …: [not_village]).</summary>
    private string? VillageOpening(string word) =>
        cues.NotVillage.Any(n => word.StartsWith(n, StringComparison.Ordinal))
            ? null
            : lexicon.VillageWords.Where(v => v.Length < word.Length && word.StartsWith(v, StringComparison.Ordinal)).MaxBy(v => v.Length);

    /// <summary>
    /// (phase 13) 包村干部, 联村领导: the township's cadres assigned to villages are its staff; named in a clause they act as
    /// another body does. (驻村工作队 lives in the village it is sent to: it is not the village, nor another body that takes
    /// the work away from it — rt6's author passes demands on the village through it, rt24's manages the team itself.)
    /// </summary>
    private void AddAssignedCadres(Clause clause, List<Word> words, List<Mention> result)
    {
        foreach (var assigned in TownshipCadres)
        {
            for (var at = text.IndexOf(assigned, clause.Start, clause.End - clause.Start, StringComparison.Ordinal); at >= 0;
                at = text.IndexOf(assigned, at + assigned.Length, clause.End - at - assigned.Length, StringComparison.Ordinal))
            {
                var from = at + assigned.Length;
                if (!StartsAssignment(at, words) || CadreHead(from, clause.End) is not { } head)
                {
                    continue;
                }
                var end = from + head.Length;
                result.RemoveAll(m => m.Start < end && m.End > at);
                result.Add(new Mention(at, end, ActorKind.Other, text[at..end]));
            }
        }
    }

    /// <summary>
    /// (phase 13) Whether the 村 at <paramref name="at"/> is the object of the verb right before it (包村干部, 驻村工作队,
    /// 联村领导): cadres assigned to villages, whom the township or a dispatching unit manages; the village is not named.
    /// Only when the verb starts a word and a cadre's head follows the 村 (干部, 领导, 工作队 …): at the end of a village's
    /// name (三联村, 新联村) or of another word (入驻村委会, 承包村集体土地) the 村 is the village. The assignment itself
    /// (包村联户, 包村责任: [clause_reader.assignment_words]) names no village either.
    /// </summary>
    private bool AssignedCadre(int at, IReadOnlyList<Word> words) =>
        at >= 1 && at + 1 < text.Length && text[at] == '村'
        && AssignedToVillages.Any(a => a.Length == 2 && a[1] == '村' && text[at - 1] == a[0])
        && StartsAssignment(at - 1, words)
        && (CadreHead(at + 1, text.Length) is not null || AssignmentWords.Any(w => string.CompareOrdinal(text, at + 1, w, 0, w.Length) == 0));

    /// <summary>
    /// Whether the verb of 包村/联村/挂村/驻村 at <paramref name="at"/> starts one of jieba's words (各 包村 领导, 包 村干部,
    /// 联村 领导), or follows only the township's one-character name in a word (镇包 村干部). Inside a longer word it is the
    /// tail of a name: 三联 村干部, 新联 村干部, 入驻 村委会.
    /// </summary>
    private bool StartsAssignment(int at, IReadOnlyList<Word> words) =>
        words.Any(w => w.Start == at)
        || (at >= 1 && OrganisationChars.Contains(text[at - 1]) && words.Any(w => w.Start == at - 1 && w.End == at + 1));

    // The longest cadre's head (干部, 领导, 工作队员 …) at from, within end.
    private string? CadreHead(int from, int end) =>
        AssignedCadreHeads.Where(h => from + h.Length <= end && string.CompareOrdinal(text, from, h, 0, h.Length) == 0).MaxBy(h => h.Length);

    /// <summary>
    /// Whether a word of the clause outside [start, end) begins with 村 or 社区 (社区治理示范点, 村容村貌 excluded): for rule
    /// families aimed at the village, naming its work is enough to aim at it.
    /// </summary>
    public bool NamesVillageWork(int clauseIndex, int start, int end)
    {
        var clause = clauses[clauseIndex];
        var others = Mentions(clauseIndex).Where(m => m.Kind != ActorKind.Village).ToList();
        return Words(clause.Sentence).Any(w => w.Start >= clause.Start && w.End <= clause.End && (w.End <= start || w.Start >= end)
            && (w.Text.StartsWith('村') || w.Text.StartsWith("社区", StringComparison.Ordinal))
            && !cues.NotVillage.Contains(w.Text) && !OpensWithOtherThing(w.Text)
            && !others.Any(m => m.Start <= w.Start && m.End >= w.End) && !AssignedCadre(w.Start, Words(clause.Sentence))
            && !Visits.Contains(w.Text) && !VisitedVillage(w.Start, w.Text, Words(clause.Sentence)) && !ChannelNamed(w.End, clause.End)
            // (phase 27) 张某（石桥 | 村班线）: a word opening with the 村 that ends a name, in a bracket that qualifies another name.
            && !VillageAsModifier.QualifiesBare(text, w.Start, w.Text.StartsWith('村') ? "村" : "社区", Words(clause.Sentence), cues, lexicon.VillageWords, () => Tags(clause.Sentence))
            // (phase 27) 走进桃园 | 村采风: the 村 ends a village's name after a verb of going — the place visited.
            && !EnteredNamedVillage(w.Start, w.Text.StartsWith('村') ? "村" : "社区", Words(clause.Sentence), clause));
    }

    /// <summary>
    /// (phase 32) 村庄规划评审会, 村务公开栏: a word jieba keeps whole that opens with a word naming something other than the
    /// village ([not_village]: 村庄, 村务, 村容 …) names that thing, unless it opens with a longer word of the village's
    /// (村民小组, 村民委员会 open with 村民 and still name the village).
    /// </summary>
    private bool OpensWithOtherThing(string word)
    {
        var other = cues.NotVillage.Where(n => word.StartsWith(n, StringComparison.Ordinal)).MaxBy(n => n.Length);
        return other is not null && !lexicon.VillageWords.Any(v => v.Length > other.Length && word.StartsWith(v, StringComparison.Ordinal));
    }

    /// <summary>
    /// (phase 19) Whether the village word ending at <paramref name="end"/> has jieba's possessive glued to it (各村的 | 监管记录,
    /// 对各村的 | 村容村貌): a 的 follows and a word ends right after it. The village is named all the same.
    /// </summary>
    private bool PossessiveGlued(int end, int clauseEnd, HashSet<int> ends) =>
        end + 1 < clauseEnd && text[end] == '的' && ends.Contains(end + 1);

    private static readonly HashSet<string> NameLevels = [.. RecognitionCues.Instance.List("agency.levels")];

    // (phase 19) 驻点人员, 下沉人员: staff named by their posting are another body's people ([clause_reader.sent_staff]).
    private static readonly HashSet<string> SentStaff = [.. RecognitionCues.Instance.List("clause_reader.sent_staff")];

    private static readonly string[] VisitVerbs = RecognitionCues.Instance.List("clause_reader.visit_verbs");
    private static readonly string[] LocatedBodies = RecognitionCues.Instance.List("clause_reader.located_bodies");
    private static readonly HashSet<string> Visits = [.. VisitVerbs.Select(v => v + "村")];

    /// <summary>
    /// (phase 19) Whether the bare village word at <paramref name="at"/> is where someone goes (乡机关干部下村服务, 一次进村, 民警进社区):
    /// a one-character verb of going ([clause_reader.visit_verbs]: 下, 进, 入) is the word right before it. The village is the
    /// place visited, not one who acts; whoever goes is named before the verb. jieba's whole words 进村, 下村, 入村 are read
    /// the same way in the second pass. Only the bare words 村 and 社区: 下各村督导 still names the villages.
    /// </summary>
    private bool VisitedVillage(int at, string village, List<Word> words) =>
        village is "村" or "社区" && at >= 1 && words.Any(w => w.End == at && w.Start == at - 1 && VisitVerbs.Contains(w.Text));

    /// <summary>
    /// (phase 27) Whether a named village is where someone goes (请达人走进银杏村拍摄, 深入石桥村调研): a verb of going ending
    /// in a character of [clause_reader.visit_verbs] (走进, 深入, 走入) stands right before the village's name — the whole
    /// word (石桥村) or the name before a bare 村 (银杏 | 村). Whoever goes is named before the verb; the village is the place.
    /// Only a verb by jieba's tag, and only a name (the bare village words of the lexicon, 各村 and 村(社区), are read as before:
    /// 深入各村督导 still names the villages). Not 到, as in <see cref="VisitedVillage"/>.
    /// </summary>
    private bool EnteredNamedVillage(int at, string village, List<Word> words, Clause clause)
    {
        var nameStart = at;
        if (village is "村" or "社区")
        {
            if (words.FirstOrDefault(w => w.End == at) is not { Text: not null } name || name.Text.Length < 2 || !name.Text.All(TextNormaliser.IsChinese)
                || lexicon.VillageWords.Contains(name.Text) || cues.Private.Contains(name.Text) || IsBody(name.Text))
            {
                return false;
            }
            nameStart = name.Start;
        }
        else if (!(village.EndsWith('村') || village.EndsWith("社区", StringComparison.Ordinal)) || village.Length < 3 || lexicon.VillageWords.Contains(village))
        {
            return false;
        }
        if (nameStart <= clause.Start || !VisitVerbs.Any(v => text[nameStart - 1] == v[0]))
        {
            return false;
        }
        return Tags(clause.Sentence).Any(t => t.Word.End == nameStart && t.Word.Text.Length >= 2 && t.Tag.StartsWith('v'));
    }

    private static readonly string[] ChannelHeads = [.. RecognitionCues.Instance.List("agency.channels").Select(c => c.ToLowerInvariant())];

    /// <summary>
    /// (phase 27) 居民通过社区小程序上报的报修由物业公司每天汇总: a village word glued to the name of a channel right after it (平台, 系统,
    /// 小程序, 热线 — [agency.channels]) names the channel reports come through, not a village acting or acted on. 各村通过网格
    /// 平台每日上报 still names 各村.
    /// </summary>
    private bool ChannelNamed(int end, int clauseEnd) =>
        ChannelHeads.Any(c => end + c.Length <= clauseEnd && string.CompareOrdinal(text, end, c, 0, c.Length) == 0);

    /// <summary>
    /// (phase 32) “村BA”, 村T: a bare village word glued to a Latin abbreviation is part of a coined name (a league, a show), not
    /// the village. A named village (石桥村) and the village's longer words keep their reading.
    /// </summary>
    private bool CoinedName(int end, string village, int clauseEnd) =>
        village is "村" or "社区" && end < clauseEnd && char.IsAsciiLetter(text[end]);

    private bool NotVillageAround(List<Word> words, int start, int end) =>
        words.Any(w => w.Start <= start && w.End >= end && cues.NotVillage.Contains(w.Text));

    /// <summary>
    /// (phase 29) 确系本组果园所产, 本单位所需, 群众所盼: 所 standing alone before a one-character verb is the particle that turns
    /// the verb into a noun (what the plot yields), not the suffix of an office's name (监管所安排检查, 财政所出具: an office
    /// acts with a verb of its own, written in two characters) — or before any verb when 系 or 被 opens the phrase (确系…所产出).
    /// </summary>
    private bool RelativeSuo(Clause clause, Word word)
    {
        if (word.Text != "所" || word.End >= clause.End)
        {
            return false;
        }
        var next = Tags(clause.Sentence).FirstOrDefault(t => t.Word.Start == word.End);
        if (next.Word.Text is not { Length: > 0 } || !next.Tag.StartsWith('v'))
        {
            return false;
        }
        // 确系该户茶园所产出: 系 or 被 shortly before opens the passive 系…所…, whatever the verb's length.
        var lead = text[Math.Max(clause.Start, word.Start - 10)..word.Start];
        return next.Word.Text.Length == 1 || lead.Contains('系') || lead.Contains('被');
    }

    /// <summary>
    /// (phase 32) 并处200元以上500元以下罚款, 视情节处…罚款, 处以罚款: 处 standing alone before an amount or 以 is the verb of a
    /// penalty, not the suffix of an office's name (办公厅秘书处安排…).
    /// </summary>
    private bool PenaltyChu(Clause clause, Word word) =>
        word.Text == "处" && word.End < clause.End && (char.IsDigit(text[word.End]) || text[word.End] == '以');

    /// <summary>
    /// (phase 36) 妇幼保健 | 院: jieba cuts an institution's name before its one-character head; the head with the word before it
    /// ends with an institution of [body_suffixes] (保健院, 福利院) — a body, as 医院 is.
    /// </summary>
    private bool SplitInstitution(List<Word> words, Word word)
    {
        if (word.Text.Length != 1)
        {
            return false;
        }
        var head = word.Text[0];
        foreach (var suffix in cues.BodySuffixes)
        {
            if (suffix.Length > 2 && suffix[^1] == head && words.FirstOrDefault(w => w.End == word.Start) is { Text.Length: > 0 } before
                && before.Text.AsSpan().EndsWith(suffix.AsSpan(0, suffix.Length - 1), StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // (phase 20) A word ending with a place noun of [not_body] is that place (办公场所, 经营场所), as the whole noun is.
    private bool IsBody(string word) =>
        !cues.NotBody.Any(n => word.EndsWith(n, StringComparison.Ordinal)) && cues.BodySuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal));

    /// <summary>The body's full name: the suffix word and the nominal words before it (区 税务局, 市场监管 所).</summary>
    private Mention? BodyPhrase(Clause clause, List<Word> words, Word head)
    {
        var start = head.Start;
        var index = words.IndexOf(head);
        for (var i = index - 1; i >= 0; i--)
        {
            var word = words[i];
            if (word.End != start || head.End - word.Start > MaxBodyPhrase || IsBoundary(word.Text))
            {
                break;
            }
            // (phase 19) 已 转区 生态环境局: jieba glues an attribution verb to the level that opens the name; the name starts at the level.
            if (cues.Attribution.FirstOrDefault(a => word.Text.Length > a.Length && word.Text.StartsWith(a, StringComparison.Ordinal)
                && NameLevels.Contains(word.Text[a.Length..])) is { } glued)
            {
                start = word.Start + glued.Length;
                break;
            }
            if (lexicon.VillageWords.Contains(word.Text))
            {
                // 各村 值班人员 is the village's own staff; in 各村 设立 老年人 协会 the village is the one acting, not part of the name.
                // (phase 23) 各村 企业 are firms located in the villages, not the villages' own body: the villages stay named
                // (对各村企业服务工作按月评比 ranks the villages).
                if (index - i <= 2 && !LocatedBodies.Any(b => head.Text.EndsWith(b, StringComparison.Ordinal)))
                {
                    start = word.Start;
                }
                break;
            }
            start = word.Start;
        }
        var name = text[start..head.End];
        if (Counted(name, start) || !TeamNamed(name, head.Text) || (name.EndsWith('组') && head.Text.Length <= 3 && PersonsBefore(start, name)))
        {
            return null;
        }
        // 人员 (组织人员进行检查, 核查人员入户时) is whoever the notice's addressee sends, unless an organisation is named
        // with it (镇执法人员, 县局工作人员).
        if (cues.NotBody.Contains(name) || name.Length == 0
            || (name.EndsWith("人员", StringComparison.Ordinal) && name[..^2].IndexOfAny(OrganisationChars) < 0 && !TeamStaff(name[..^2]) && !cues.VillageMarkers.Any(m => name.Contains(m, StringComparison.Ordinal))
                && !SentStaff.Contains(name[..^2])))
        {
            return null;
        }
        // A team whose name opens with the village (各村治安巡逻队, 本村护林队) is the village's own; 驻村工作队 and
        // 乡村振兴工作队 are sent by others.
        // (phase 19) 县农业农村委: the village word at the name's end (村委) must begin a word of the name; here 村 ends 农村.
        var village = lexicon.VillageWords.Any(v => v.Length >= 2 && name.EndsWith(v, StringComparison.Ordinal) && !words.Any(w => w.Start < head.End - v.Length && w.End > head.End - v.Length))
            || (cues.VillageMarkers.Any(m => name.Contains(m, StringComparison.Ordinal)) && cues.VillageHeads.Any(h => name.EndsWith(h, StringComparison.Ordinal))
                && !ClauseStructure.MarkerInCompound(words, start, head.End, cues, lexicon.VillageWords))
            || (name.EndsWith('队') && lexicon.VillageWords.Any(v => v.Length < name.Length && name.StartsWith(v, StringComparison.Ordinal)))
            || SetUpByVillages(name);
        return new Mention(start, head.End, village ? ActorKind.Village : ActorKind.Other, name);
    }

    private static readonly string[] SetUpVerbs = RecognitionCues.Instance.List("clause_reader.set_up_verbs");
    // (phase 37) 以村为单位组建整治小分队: the villages named as the unit a team is formed by.
    private static readonly string[] VillageUnits = RecognitionCues.Instance.List("clause_reader.village_units");
    private static readonly string[] StationHeads = RecognitionCues.Instance.List("clause_reader.station_heads");
    private static readonly string[] StationPointers = RecognitionCues.Instance.List("clause_reader.station_pointers");
    // How far a station's name may run after the verb setting it up (设立“邻里调解站”), and how far before that verb, in its
    // sentence, the villages it is set up in or by are named (在全镇9个村全部设立, 各村要设立).
    private const int StationNameReach = 14;
    private const int SetUpVillageReach = 30;
    private List<string>? villageStations;

    /// <summary>
    /// (phase 22) Whether the body named is a station the paper has the villages set up (凡有集市的村须设立“集市食品安全监管站”,
    /// 在全镇9个村全部设立“邻里调解站”，每站…, 组织所辖村(社区)建成“平安守护站”): such a station is the village's own post under
    /// another name, so what it is told to do (挂牌, 上墙, 查处) is the village's work, and the act in its name (监管 in …监管站)
    /// is a duty, not another body's name. A pointer (每站, 该站, 站) stands for any station so set up; a station the county
    /// or a company sets up (县民政局在县城建设综合服务站) is set up by no village and stays another body.
    /// </summary>
    private bool SetUpByVillages(string name)
    {
        if (!EndsWith(name, StationHeads))
        {
            return false;
        }
        villageStations ??= VillageStations();
        var pointer = StationPointers.Contains(name) || StationHeads.Contains(name);
        if (villageStations.Any(station => pointer || station.EndsWith(name, StringComparison.Ordinal)))
        {
            return true;
        }
        // (phase 37) A post named after a village word is matched by its bare name only: a bare 站 (本人站在地块中) points at
        // none, and a name with the village word in it (村(社区)服务站) keeps the reading of the village's heads.
        if (pointer || cues.VillageMarkers.Any(m => name.Contains(m, StringComparison.Ordinal)))
        {
            return false;
        }
        villageNamedPosts ??= VillageNamedPosts();
        return villageNamedPosts.Any(post => post.EndsWith(name, StringComparison.Ordinal));
    }

    // The names of the stations set up after a verb of [clause_reader.set_up_verbs] in a sentence that names a village
    // shortly before the verb.
    private List<string> VillageStations()
    {
        var found = new List<string>();
        foreach (var verb in SetUpVerbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                if (StationName(at + verb.Length, StationNameReach) is not { } name)
                {
                    continue;
                }
                var sentence = Math.Max(text.LastIndexOfAny(SentenceStops, Math.Max(0, at - 1)) + 1, at - SetUpVillageReach);
                if (NamesVillages(text[Math.Max(0, sentence)..at]) && OwnPostName(name))
                {
                    found.Add(name.Trim('"', ' '));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// A station's or team's name starting at <paramref name="from"/>: up to the first head of [clause_reader.station_heads]
    /// that ends within <paramref name="reach"/> characters, before any of <see cref="StationNameStops"/>; null when none.
    /// </summary>
    private string? StationName(int from, int reach)
    {
        var stop = text.IndexOfAny(StationNameStops, from);
        var window = text[from..Math.Min(stop < 0 ? text.Length : stop, Math.Min(text.Length, from + reach))];
        var headEnd = StationHeads.Select(h => window.IndexOf(h, StringComparison.Ordinal) is var i and >= 0 ? i + h.Length : int.MaxValue).Min();
        return headEnd == int.MaxValue ? null : window[..headEnd];
    }

    private List<string>? villageNamedPosts;

    /// <summary>
    /// (phase 37) 各村劝导站负责人, 村级巡查队, 本村护路队: a station or team named right after a village word is the village's
    /// own post, set up or not in this paper. The village word must end where its word ends (各村民小组 names no post).
    /// </summary>
    private List<string> VillageNamedPosts()
    {
        var found = new List<string>();
        foreach (var village in lexicon.VillageWords)
        {
            if (village.Length < 2)
            {
                continue;
            }
            for (var at = text.IndexOf(village, StringComparison.Ordinal); at >= 0; at = text.IndexOf(village, at + village.Length, StringComparison.Ordinal))
            {
                var from = at + village.Length;
                if (cues.NotVillage.Any(n => StraddlesEnd(at, from, n)))
                {
                    continue;
                }
                // The village's standing facilities (村(社区)服务站, 便民服务中心: [village_heads] of two characters or more) keep the
                // reading they have; a post named by its work (劝导站, 巡查队) is what this adds.
                if (StationName(from, VillagePostReach) is { Length: >= 2 } name && OwnPostName(name)
                    && !cues.VillageHeads.Any(h => h.Length >= 2 && name.EndsWith(h, StringComparison.Ordinal)))
                {
                    found.Add(name.Trim('"', ' '));
                }
            }
        }
        return found;
    }

    // Whether a word of [not_village] (村民, 村务) begins inside the village word and runs past its end (各村|民小组).
    private bool StraddlesEnd(int start, int end, string word)
    {
        for (var p = Math.Max(start, end - word.Length + 1); p < end; p++)
        {
            if (p + word.Length <= text.Length && string.CompareOrdinal(text, p, word, 0, word.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    // (phase 37) How far after a village word a post's name may run (各村劝导站, 村级护路队).
    private const int VillagePostReach = 8;
    private static readonly string[] NotPostName = RecognitionCues.Instance.List("clause_reader.not_post_name");

    // (phase 37) A post's name holds no verb of going or handing and no other level's body (各村到镇农技站, 村向县疾控站,
    // 各村组织群众到县服务站): what follows such a word is another body's station, the village goes or reports to it.
    private static bool OwnPostName(string name)
    {
        foreach (var word in NotPostName)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// (phase 37) Posts the paper has the village's own people hold (劝导员由村"两委"成员和村民小组长轮流担任, 村级快处员由各村治保主任
    /// 担任, 护林员由村民小组长兼任): wherever the post is named, the village acts (劝导员当场扣下车钥匙 is the village
    /// enforcing). Read once per paper; a post the paper forbids the village's people to hold (不得由村干部兼任) is not one.
    /// </summary>
    private List<string> VillagePosts()
    {
        var found = new List<string>();
        foreach (var verb in HoldingVerbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var sentence = text.LastIndexOfAny(StationNameStops, Math.Max(0, at - 1)) + 1;
                var by = text.LastIndexOf('由', at - 1, Math.Min(at, PostHolderReach));
                if (by < sentence || by <= 0 || !NamesVillages(text[by..at]))
                {
                    continue;
                }
                var nameStart = Math.Max(sentence, by - PostNameReach);
                var name = text[nameStart..by].Trim('"', ' ');
                // 值守员一般由村干部兼任: the adverb before 由 is no part of the post's name.
                if (HoldingAdverbs.FirstOrDefault(a => name.EndsWith(a, StringComparison.Ordinal)) is { } adverb)
                {
                    name = name[..^adverb.Length];
                }
                if (name.Length < 2 || !EndsWith(name, PostHeads) || !OwnPostName(name) || ForbiddenHolder(name, text[by..at]))
                {
                    continue;
                }
                found.Add(name);
                // 村级快处员 is named 快处员 afterwards: keep the post without the village word it opens with.
                if (VillageOpening(name) is { } opening)
                {
                    found.Add(name[opening.Length..]);
                }
            }
        }
        return found;
    }

    private static bool ForbiddenHolder(string name, string holder) =>
        PostNegations.Any(n => name.Contains(n, StringComparison.Ordinal) || holder.Contains(n, StringComparison.Ordinal));

    // The verbs and adverbs of holding a role are those Document/VillagePerformers reads (phase 31) for check-ins alone.
    private static readonly string[] HoldingVerbs = RecognitionCues.Instance.List("village_performers.holding_verbs");
    private static readonly string[] HoldingAdverbs = [.. RecognitionCues.Instance.List("village_performers.holding_adverbs").OrderByDescending(a => a.Length)];
    private static readonly string[] PostHeads = RecognitionCues.Instance.List("clause_reader.post_heads");
    private static readonly string[] PostNegations = RecognitionCues.Instance.List("clause_reader.post_negations");
    private const int PostHolderReach = 24;
    private const int PostNameReach = 8;
    private List<string>? villagePosts;

    /// <summary>(phase 37) Adds the village's posts (<see cref="VillagePosts"/>) the clause names and no other mention covers.</summary>
    private void AddVillagePosts(Clause clause, List<Mention> result)
    {
        villagePosts ??= VillagePosts();
        foreach (var post in villagePosts)
        {
            for (var at = text.IndexOf(post, clause.Start, clause.End - clause.Start, StringComparison.Ordinal); at >= 0;
                at = at + post.Length < clause.End ? text.IndexOf(post, at + post.Length, clause.End - at - post.Length, StringComparison.Ordinal) : -1)
            {
                var end = at + post.Length;
                if (!result.Any(m => m.Start < end && m.End > at))
                {
                    result.Add(new Mention(at, end, ActorKind.Village, post));
                }
            }
        }
    }

    /// <summary>
    /// Whether the words before a verb that sets a station up name villages: a village word of two characters or more (各村,
    /// 村(社区), 村级), or a bare 村 that is counted or described (在9个村全部设立, 凡有集市的村须设立) and opens no word of
    /// [not_village] (的村民, 个村庄).
    /// </summary>
    private bool NamesVillages(string before)
    {
        if (lexicon.VillageWords.Any(v => v.Length >= 2 && before.Contains(v, StringComparison.Ordinal))
            || VillageUnits.Any(u => before.Contains(u, StringComparison.Ordinal)))
        {
            return true;
        }
        for (var i = 1; i < before.Length; i++)
        {
            if (before[i] == '村' && before[i - 1] is '个' or '的' && !cues.NotVillage.Any(n => string.CompareOrdinal(before, i, n, 0, n.Length) == 0))
            {
                return true;
            }
        }
        return false;
    }

    // The text is normalised: full-width punctuation reads as half-width (，→ ,), and 。 and 、 stay.
    private static readonly char[] StationNameStops = [',', '。', ';', ':', '、', '\n'];
    private static readonly char[] SentenceStops = ['。', ';', '!', '?', '\n'];

    /// <summary>
    /// (phase 20) Whether a one-character suffix standing alone is counted by a numeral before it (同一处, 两所, 三站): a
    /// measure word of places or buildings, not a body's name (在同一处增挂三块牌子). The text reaches here with counting
    /// numerals as digits (同1处: <see cref="Text.ChineseNumerals"/>), so a digit counts too.
    /// </summary>
    private static readonly char[] GroupPointers = RecognitionCues.Instance.Chars("clause_reader.group_pointers");

    /// <summary>
    /// (phase 27) 由市高速公路建设指挥部征地组负责, 督导组, 专案组: a group named by the work it does is another body's team, as a
    /// 工作组 or 专班 is. A group only numbered or pointed at (三组, 第二组, 各组, 本组: [clause_reader.group_pointers]), a 小组
    /// and a group with a village word in its name (村民组) are the villages' own subunits, read as before; and a group the
    /// villages set up (各村成立清表组) is theirs (<see cref="SetUpByVillages"/>, [clause_reader.station_heads]).
    /// </summary>
    private bool TeamNamed(string name, string head)
    {
        if (!name.EndsWith('组') || cues.BodySuffixes.Any(s => s != "组" && head.EndsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }
        return name.Length >= 3 && !name.EndsWith("小组", StringComparison.Ordinal) && !GroupPointers.Contains(name[^2])
            && !char.IsAsciiDigit(name[^2]) && !Numerals.Contains(name[^2])
            && !cues.VillageMarkers.Any(m => name.Contains(m, StringComparison.Ordinal));
    }

    // (phase 27) 业主们成立筹备组: a group named after private persons (业主, 村民) is theirs, no body's team.
    private bool PersonsBefore(int start, string name) =>
        cues.Private.Any(p => name.StartsWith(p, StringComparison.Ordinal) || (start >= p.Length && string.CompareOrdinal(text, start - p.Length, p, 0, p.Length) == 0));

    private bool Counted(string name, int start) =>
        name.Length == 1 && start >= 1 && (char.IsAsciiDigit(text[start - 1]) || Numerals.Contains(text[start - 1]));

    private static readonly char[] Numerals = RecognitionCues.Instance.Chars("clause_reader.numerals");

    private bool IsBoundary(string word) =>
        word.Length == 1 && !TextNormaliser.IsChinese(word[0])
        || (word.Length == 1 && GluedFunctionChars.Contains(word[0]))
        || cues.Delegation.Contains(word) || cues.Patient.Contains(word) || cues.Assisting.Contains(word) || cues.Attribution.Contains(word)
        || cues.Private.Contains(word) || cues.HandedTo.Contains(word) || cues.VerbStops.Contains(word)
        || word is "负责" or "承担" or "实施" or "开展" or "的" or "要" or "应" or "须" or "是" or "并" or "以" or "从" or "经" or "由各" or "各";

    /// <summary>jieba's part-of-speech tags of the sentence's words (segmented on first use, only for sentences a structural rule reads).</summary>
    public IReadOnlyList<(Word Word, string Tag)> Tags(int sentence)
    {
        if (sentenceTags.TryGetValue(sentence, out var tags))
        {
            return tags;
        }
        var inSentence = clauses.Where(c => c.Sentence == sentence).ToList();
        var start = inSentence[0].Start;
        var end = inSentence[^1].End;
        tags = [.. ChineseSegmenter.Tag(text[start..end], lexicon.Words).Select(t => (t.Word with { Start = t.Word.Start + start, End = t.Word.End + start }, t.Tag))];
        sentenceTags[sentence] = tags;
        return tags;
    }

    public IReadOnlyList<Word> SentenceWords(int sentence) => Words(sentence);

    /// <summary>
    /// (phase 12) Whether the two characters [start, end) are read against the sentence's words: they begin inside one
    /// word and end inside another, and a word boundary of the sentence falls inside them where the phrase's own words have
    /// none (上缴 over 线上|缴费). A phrase that starts or ends with a word of the sentence (公开栏 after 村务公开|栏), whose
    /// own words line up with the sentence's (安全|监管 over 食品安全|监管职责), or that lies inside one word (照片 in 拍照片)
    /// is read.
    /// </summary>
    public bool SplitsWords(int sentence, int start, int end)
    {
        // Two characters only: the last of one word and the first of the next is the straddle jieba's cuts show reliably; a
        // longer phrase with both ends inside words is more often a glitch of the cut (垃圾处理|费暂) than another word.
        if (end - start != 2)
        {
            return false;
        }
        var words = Words(sentence);
        // Both ends fall inside words: the phrase takes the tail of one word and the head of another.
        if (!words.Any(w => w.Start < start && start < w.End) || !words.Any(w => w.Start < end && end < w.End))
        {
            return false;
        }
        int[]? own = null;
        foreach (var word in words)
        {
            if (word.End <= start)
            {
                continue;
            }
            if (word.End >= end)
            {
                break;
            }
            own ??= OwnBoundaries(text[start..end]);
            if (Array.IndexOf(own, word.End - start) < 0)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> PhraseBoundaries = new(StringComparer.Ordinal);

    /// <summary>Where jieba's base dictionary cuts a phrase's characters alone (offsets inside it), cached per phrase:
    /// a lexicon's phrases are few and each is cut once.</summary>
    private static int[] OwnBoundaries(string phrase) =>
        PhraseBoundaries.GetOrAdd(phrase, p => [.. ChineseSegmenter.Cut(p, WordOverlay.None).Select(w => w.End).Where(e => e < p.Length)]);

    private List<Word> Words(int sentence)
    {
        if (sentenceWords.TryGetValue(sentence, out var words))
        {
            return words;
        }
        var inSentence = clauses.Where(c => c.Sentence == sentence).ToList();
        var start = inSentence[0].Start;
        var end = inSentence[^1].End;
        words = [.. ChineseSegmenter.Cut(text[start..end], lexicon.Words).Select(w => w with { Start = w.Start + start, End = w.End + start })];
        sentenceWords[sentence] = words;
        return words;
    }
}
