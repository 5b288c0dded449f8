using TaskAdmission.Core.Admission.Recognition.Text;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 27) 每个行政村设立1个“…督导站”，由村支书当站长 … 督导站统一悬挂标牌: a station, centre or point the notice
/// has every village set up is the village's own unit — what is hung on it or put on its wall is put on the village, though
/// the sentence names the station as the one acting. A facility some other body sets up in the villages (县供电公司在各村设立
/// 服务点) stays that body's: only the townships, which pass the work on, may stand before the villages in the set-up clause.
/// A set-up refused (不在各村另设…站) sets nothing up.
/// </summary>
internal static class VillageFacility
{
    private static readonly string[] Heads = RecognitionCues.Instance.List("village_facility.heads");
    private static readonly string[] SettingUp = RecognitionCues.Instance.List("village_facility.setting_up");
    private static readonly string[] Towns = RecognitionCues.Instance.List("agency.towns");

    /// <summary>At most this many characters from the set-up verb to the facility's name (设立以下机构：（一）社区…中心).</summary>
    private const int NameReach = 40;

    /// <summary>The words from the villages to the facility in the clause that sets it up in every village, or null.</summary>
    public static string? SetUpInVillages(ClauseReader reader, string facility)
    {
        if (facility.Length < 2 || !Heads.Any(h => facility.EndsWith(h, StringComparison.Ordinal)))
        {
            return null;
        }
        var text = reader.Text;
        var cues = RecognitionCues.Instance;
        for (var c = 0; c < reader.Clauses.Count; c++)
        {
            var clause = reader.Clauses[c];
            var mentions = reader.Mentions(c);
            if (!mentions.Any(m => m.Kind == ActorKind.Village))
            {
                continue;
            }
            var (_, last) = ClauseScope.SentenceClauses(reader, c);
            var sentenceEnd = reader.Clauses[last].End;
            foreach (var verb in SettingUp)
            {
                for (var at = text.IndexOf(verb, clause.Start, clause.End - clause.Start, StringComparison.Ordinal); at >= 0;
                     at = at + verb.Length < clause.End ? text.IndexOf(verb, at + verb.Length, clause.End - at - verb.Length, StringComparison.Ordinal) : -1)
                {
                    if (mentions.Where(m => m.Kind == ActorKind.Village && m.End <= at).Select(m => (Mention?)m).LastOrDefault() is not { } village
                        || mentions.Any(m => m.Kind != ActorKind.Village && m.End <= village.Start && !Township(m.Text) && !Deciding(text, m.End, village.Start))
                        || Agency.Negation(text, clause.Start, clause.End, at, at + verb.Length, cues) is not null)
                    {
                        continue;
                    }
                    var from = at + verb.Length;
                    var reach = Math.Min(sentenceEnd, from + NameReach) - from;
                    var named = reach >= facility.Length ? text.IndexOf(facility, from, reach, StringComparison.Ordinal) : -1;
                    if (named >= 0)
                    {
                        return text[village.Start..(named + facility.Length)];
                    }
                }
            }
        }
        return null;
    }

    private static readonly string[] Decisions = RecognitionCues.Instance.List("text_analyser.deciding");

    /// <summary>a bureau that 决定 the set-up in the villages: a body named only as the one deciding orders the set-up, it does not own the unit.</summary>
    private static bool Deciding(string text, int after, int before) =>
        Decisions.Any(d => string.CompareOrdinal(text, after, d, 0, d.Length) == 0 && text.IndexOf('在', after, before - after) == after + d.Length);

    /// <summary>各镇(街道), 各乡镇: the townships the paper passes the work through.</summary>
    private static bool Township(string name)
    {
        var bare = name.TrimEnd(')');
        return Towns.Any(t => bare.EndsWith(t, StringComparison.Ordinal));
    }
}
