using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TaskAdmission.Evaluation;

/// <summary>
/// Reads the corpus files embedded in this assembly. A notice's set is its file's prefix: <c>dev</c> (written first, the
/// lexicon was built on it), <c>ho1</c> (written after the first freeze, measured, then used to correct the lexicon),
/// <c>ho2</c> (written after the second freeze, measured, then used to correct), <c>ho3</c> (written after the
/// third freeze), <c>rt1</c> (written by a second author who never saw the lexicon), <c>dev2</c> (probes written after rt1 was
/// measured, for wording neither had), <c>rt2</c> (the second author's second batch, measured once as the final
/// held-out part after phase 2's corrections, used for phase 3's corrections), <c>rt3</c> (written in phase 3 before any change of that phase, measured, then
/// used for corrections), <c>rt4</c> (written after phase 3's corrections, measured as held out, then used for phase 4's corrections),
/// <c>dev3</c> (probes of phase 4 in another style, measured before its corrections), <c>rt5</c> (written blind during the
/// corrections on rt4, measured as held out after phase 4, then used for phase 5's corrections), <c>rt6</c> (written blind
/// in phase 5 while rt5's corrections were made elsewhere, measured as held out, then used for phase 5b's corrections by
/// general rules), <c>rt7</c> (written blind in phase 5 while rt6's corrections were made elsewhere, measured as held out,
/// then used for phase 6's corrections), <c>rt8</c> (written blind in phase 6 while rt7's corrections were made elsewhere,
/// measured as held out, then used for phase 6b's corrections), <c>rt9</c> (written blind in phase 6b while rt8's
/// corrections were made elsewhere, measured as held out, then used for phase 6c's corrections), <c>rt10</c> (written
/// blind in phase 6c while rt9's corrections were made elsewhere, measured as held out, then used for phase 7's
/// corrections), <c>rt11</c> (written blind in session 7 while rt10's corrections were made elsewhere, held out), <c>rt12</c> (written
/// blind in session 7 by another author, measured as held out, then used for session 8's corrections), <c>rt13</c> and
/// <c>rt14</c> (written blind in session 8 by two more authors while rt11 and rt12's corrections were made elsewhere, held out),
/// <c>rt15</c> and <c>rt16</c> (written blind at the end of session 8 by two more authors, after phase 8, held out),
/// <c>rt17</c> and <c>rt18</c> (written blind at the start of session 9 by two more authors, held out),
/// <c>rt19</c> and <c>rt20</c> (written blind at the start of session 10 by two more authors, held out),
/// <c>rt21</c> and <c>rt22</c> (written blind at the start of session 11 by two more authors, held out),
/// <c>rt23</c> and <c>rt24</c> (written blind at the start of session 12 by two more authors, held out),
/// <c>rt25</c> and <c>rt26</c> (written blind at the start of session 13 by two more authors, held out, then used for session 14's
/// corrections), <c>rt27</c> and <c>rt28</c> (written blind at the start of session 14 by two more authors, held out, then used for session 15's
/// corrections), <c>rt29</c> and <c>rt30</c> (written blind at the start of session 15 by two more authors, held out, then used for session 16's
/// corrections), <c>rt31</c> and <c>rt32</c> (written blind at the start of session 16 by two more authors, held out, then used for session 17's
/// corrections), <c>rt33</c> and <c>rt34</c> (written blind at the start of session 17 by two more authors, held out, then read in session 18's
/// sweep of false blocks over every part), <c>rt35</c> and <c>rt36</c> (written blind at the start of session 18 by two more authors, held out, then read in session 19's
/// corrections), <c>rt37</c> and <c>rt38</c> (written blind at the start of session 19 by two more authors, held out, then used for session 20's
/// corrections), <c>rt39</c> and <c>rt40</c> (written blind at the start of session 20 by two more authors, held out, then used for session 21's
/// corrections), <c>rt41</c> and <c>rt42</c> (written blind at the start of session 21 by two more authors, held out, then used for session 22's
/// corrections), <c>rt43</c> and <c>rt44</c> (written blind at the start of session 22 by two more authors, held out, then used for session 23's
/// corrections), <c>rt45</c> and <c>rt46</c> (written blind at the start of session 23 by two more authors, held out, then used for session 24's
/// corrections), <c>rt47</c> and <c>rt48</c> (written blind at the start of session 24 by two more authors, held out, then used for session 25's
/// corrections), <c>rt49</c> and <c>rt50</c> (written blind at the start of session 25 by two more authors, held out, then used for session 26's
/// corrections), <c>rt51</c> and <c>rt52</c> (written blind at the start of session 26 by two more authors, held out, then used for
/// phase 26b's corrections), <c>rt53</c> and <c>rt54</c> (written blind later in session 26 by two more authors, held out, then used for session 27's
/// corrections), <c>rt55</c> and <c>rt56</c> (written blind at the start of session 27 by two more authors, held out, then used for session 28's
/// corrections), <c>rt57</c> and <c>rt58</c> (written blind at the start of session 28 by two more authors, held out, then used for session 29's
/// corrections), <c>rt59</c> and <c>rt60</c> (written blind at the start of session 29 by two more authors, held out),
/// <c>rt61</c> and <c>rt62</c> (written blind at the end of session 29 by two more authors, measured once on phase 29's code, held out),
/// <c>rt63</c> and <c>rt64</c> (written blind at the start of session 30 by two more authors, measured on phase 29's code and again on phase 30's, held out),
/// <c>rt65</c> and <c>rt66</c> (written blind at the end of session 30 by two more authors, measured once on phase 30's code, held out),
/// <c>rt67</c> and <c>rt68</c> (written blind at the start of session 31 by two more authors, measured on phase 30's code, held out),
/// <c>rt69</c> and <c>rt70</c> (written blind at the start of session 32 by four more authors, measured on phase 31's code, held out),
/// <c>rt71</c> and <c>rt72</c> (written blind at the start of session 33 by four more authors, measured on phase 32's code, held out),
/// <c>rt73</c> and <c>rt74</c> (written blind at the start of session 34 by four more authors, measured on phase 33's code, held out),
/// <c>rt75</c> and <c>rt76</c> (written blind at the start of session 35 by four more authors, measured on phase 34's code, held out),
/// <c>rt77</c> and <c>rt78</c> (written blind at the start of session 36 by four more authors, measured on phase 35's code, held out),
/// <c>rt79</c> and <c>rt80</c> (written blind at the start of session 37 by four more authors, measured on phase 36's and phase 37's code, held out).
/// Corpus/README.md has the history.
/// </summary>
public static class NoticeCorpus
{
    public const string Dev = "dev";
    public const string Dev2 = "dev2";
    public const string HeldOut1 = "ho1";
    public const string HeldOut2 = "ho2";
    public const string HeldOut3 = "ho3";
    public const string RedTeam1 = "rt1";
    public const string RedTeam2 = "rt2";
    public const string RedTeam3 = "rt3";
    public const string RedTeam4 = "rt4";
    public const string Dev3 = "dev3";

    public const string RedTeam5 = "rt5";
    public const string RedTeam6 = "rt6";
    public const string RedTeam7 = "rt7";
    public const string RedTeam8 = "rt8";
    public const string RedTeam9 = "rt9";
    public const string RedTeam10 = "rt10";
    public const string RedTeam11 = "rt11";
    public const string RedTeam12 = "rt12";
    public const string RedTeam13 = "rt13";
    public const string RedTeam14 = "rt14";
    public const string RedTeam15 = "rt15";
    public const string RedTeam16 = "rt16";
    public const string RedTeam17 = "rt17";
    public const string RedTeam18 = "rt18";
    public const string RedTeam19 = "rt19";
    public const string RedTeam20 = "rt20";
    public const string RedTeam21 = "rt21";
    public const string RedTeam22 = "rt22";
    public const string RedTeam23 = "rt23";
    public const string RedTeam24 = "rt24";
    public const string RedTeam25 = "rt25";
    public const string RedTeam26 = "rt26";
    public const string RedTeam27 = "rt27";
    public const string RedTeam28 = "rt28";
    public const string RedTeam29 = "rt29";
    public const string RedTeam30 = "rt30";
    public const string RedTeam31 = "rt31";
    public const string RedTeam32 = "rt32";
    public const string RedTeam33 = "rt33";
    public const string RedTeam34 = "rt34";
    public const string RedTeam35 = "rt35";
    public const string RedTeam36 = "rt36";
    public const string RedTeam37 = "rt37";
    public const string RedTeam38 = "rt38";
    public const string RedTeam39 = "rt39";
    public const string RedTeam40 = "rt40";
    public const string RedTeam41 = "rt41";
    public const string RedTeam42 = "rt42";
    public const string RedTeam43 = "rt43";
    public const string RedTeam44 = "rt44";
    public const string RedTeam45 = "rt45";
    public const string RedTeam46 = "rt46";
    public const string RedTeam47 = "rt47";
    public const string RedTeam48 = "rt48";
    public const string RedTeam49 = "rt49";
    public const string RedTeam50 = "rt50";
    public const string RedTeam51 = "rt51";
    public const string RedTeam52 = "rt52";
    public const string RedTeam53 = "rt53";
    public const string RedTeam54 = "rt54";
    public const string RedTeam55 = "rt55";
    public const string RedTeam56 = "rt56";
    public const string RedTeam57 = "rt57";
    public const string RedTeam58 = "rt58";
    public const string RedTeam59 = "rt59";
    public const string RedTeam60 = "rt60";
    public const string RedTeam61 = "rt61";
    public const string RedTeam62 = "rt62";
    public const string RedTeam63 = "rt63";
    public const string RedTeam64 = "rt64";
    public const string RedTeam65 = "rt65";
    public const string RedTeam66 = "rt66";
    public const string RedTeam67 = "rt67";
    public const string RedTeam68 = "rt68";
    public const string RedTeam69 = "rt69";
    public const string RedTeam70 = "rt70";
    public const string RedTeam71 = "rt71";
    public const string RedTeam72 = "rt72";
    public const string RedTeam73 = "rt73";
    public const string RedTeam74 = "rt74";
    public const string RedTeam75 = "rt75";
    public const string RedTeam76 = "rt76";
    public const string RedTeam77 = "rt77";
    public const string RedTeam78 = "rt78";
    public const string RedTeam79 = "rt79";
    public const string RedTeam80 = "rt80";

    public static IReadOnlyList<string> Sets { get; } = [Dev, HeldOut1, HeldOut2, HeldOut3, RedTeam1, Dev2, RedTeam2, RedTeam3, RedTeam4, Dev3, RedTeam5, RedTeam6, RedTeam7, RedTeam8, RedTeam9, RedTeam10, RedTeam11, RedTeam12, RedTeam13, RedTeam14, RedTeam15, RedTeam16, RedTeam17, RedTeam18, RedTeam19, RedTeam20, RedTeam21, RedTeam22, RedTeam23, RedTeam24, RedTeam25, RedTeam26, RedTeam27, RedTeam28, RedTeam29, RedTeam30, RedTeam31, RedTeam32, RedTeam33, RedTeam34, RedTeam35, RedTeam36, RedTeam37, RedTeam38, RedTeam39, RedTeam40, RedTeam41, RedTeam42, RedTeam43, RedTeam44, RedTeam45, RedTeam46, RedTeam47, RedTeam48, RedTeam49, RedTeam50, RedTeam51, RedTeam52, RedTeam53, RedTeam54, RedTeam55, RedTeam56, RedTeam57, RedTeam58, RedTeam59, RedTeam60, RedTeam61, RedTeam62, RedTeam63, RedTeam64, RedTeam65, RedTeam66, RedTeam67, RedTeam68, RedTeam69, RedTeam70, RedTeam71, RedTeam72, RedTeam73, RedTeam74, RedTeam75, RedTeam76, RedTeam77, RedTeam78, RedTeam79, RedTeam80];

    /// <summary>The parts written in issue 11's second phase, whose clean notices name a <c>suggest</c> item only where one fits.</summary>
    public static IReadOnlyList<string> SuggestWhereItFits { get; } = [RedTeam1, Dev2, RedTeam2, RedTeam3, RedTeam4, Dev3, RedTeam5, RedTeam6, RedTeam7, RedTeam8, RedTeam9, RedTeam10, RedTeam11, RedTeam12, RedTeam13, RedTeam14, RedTeam15, RedTeam16, RedTeam17, RedTeam18, RedTeam19, RedTeam20, RedTeam21, RedTeam22, RedTeam23, RedTeam24, RedTeam25, RedTeam26, RedTeam27, RedTeam28, RedTeam29, RedTeam30, RedTeam31, RedTeam32, RedTeam33, RedTeam34, RedTeam35, RedTeam36, RedTeam37, RedTeam38, RedTeam39, RedTeam40, RedTeam41, RedTeam42, RedTeam43, RedTeam44, RedTeam45, RedTeam46, RedTeam47, RedTeam48, RedTeam49, RedTeam50, RedTeam51, RedTeam52, RedTeam53, RedTeam54, RedTeam55, RedTeam56, RedTeam57, RedTeam58, RedTeam59, RedTeam60, RedTeam61, RedTeam62, RedTeam63, RedTeam64, RedTeam65, RedTeam66, RedTeam67, RedTeam68, RedTeam69, RedTeam70, RedTeam71, RedTeam72, RedTeam73, RedTeam74, RedTeam75, RedTeam76, RedTeam77, RedTeam78, RedTeam79, RedTeam80];

    public static IReadOnlyList<Notice> Load()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var assembly = typeof(NoticeCorpus).Assembly;
        var notices = new List<Notice>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Corpus.", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name["Corpus.".Length..];
            var set = file[..file.IndexOf('-')];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            foreach (var notice in deserializer.Deserialize<List<Notice>>(reader) ?? [])
            {
                notice.Set = set;
                notices.Add(notice);
            }
        }
        return notices;
    }
}
