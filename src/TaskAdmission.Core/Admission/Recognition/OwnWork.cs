namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// A notice that names its issuing body and never names the village (县教委公布…排名, 区征收中心答复如下, a signature line
/// 县发展改革委) is that body's account of its own work: a match that fires only because its clause names no one is read
/// as the issuer's act, not the village's. The issuer is a body standing at the very start of the title or the
/// description (县政务服务中心"减证便民"工作情况专报, 县教委公布…), or a line that is nothing but a body's name (a header
/// （白水县市场监督管理局） or a signature). A notice that names the village anywhere — as addressee (各村：), actor or
/// target — keeps the default: what it does not give to anyone else falls on the village.
/// </summary>
internal static class OwnWork
{
    // A line that is a body's name: the name and at most brackets or a few characters around it.
    private const int NameLineSlack = 2;

    public static void Apply(List<RecognitionHit> hits, IReadOnlyList<FieldReading> readings)
    {
        if (!hits.Any(h => h.Verdict is { Fires: true, Reason: VerdictReason.NoOtherActor }))
        {
            return;
        }
        if (readings.Any(NamesVillage) || Issuer(readings) is not { } issuer)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Verdict is { Fires: true, Reason: VerdictReason.NoOtherActor })
            {
                hits[i] = hits[i] with { Verdict = new HitVerdict(false, VerdictReason.OtherActor, issuer) };
            }
        }
    }

    /// <summary>Whether the reading names the village other than to exempt it (无需村(社区)出具, 不得要求村(社区)…, 村(社区)不参与,
    /// 不涉及村(社区)): a village named only to be left out does not make the notice one addressed to it.</summary>
    private static bool NamesVillage(FieldReading reading)
    {
        var cues = RecognitionCues.Instance;
        var reader = reading.Reader;
        for (var k = 0; k < reading.Clauses.Count; k++)
        {
            foreach (var village in reader.Mentions(k).Where(m => m.Kind == ActorKind.Village))
            {
                var clause = reading.Clauses[k];
                if (ClauseScope.MentionNegated(reader.Text, clause, village, cues) is null
                    && Agency.Negation(reader.Text, clause.Start, clause.End, village.Start, village.End, cues) is null
                    && ClauseScope.SubjectNegated(reader, k, cues) is null && ClauseScope.VillageDisowned(reader, k, cues) is null)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The issuing body the notice names, or null.</summary>
    internal static string? Issuer(IReadOnlyList<FieldReading> readings)
    {
        foreach (var reading in readings)
        {
            if (reading.Clauses.Count == 0)
            {
                continue;
            }
            var text = reading.Text.Text;
            var first = reading.Clauses[0];
            if (reading.Reader.Mentions(0).FirstOrDefault(m => m.Kind == ActorKind.Other && m.Start <= first.Start + 1) is { Text: not null } opening)
            {
                return opening.Text;
            }
            for (var k = 0; k < reading.Clauses.Count; k++)
            {
                var clause = reading.Clauses[k];
                var body = text[clause.Start..clause.End].Trim(' ', '(', ')', '（', '）', '\n', '\r', '\t');
                if (body.Length > 0 && reading.Reader.Mentions(k).FirstOrDefault(m => m.Kind == ActorKind.Other) is { Text: not null } named
                    && named.End - named.Start >= body.Length - NameLineSlack)
                {
                    return named.Text;
                }
            }
        }
        return null;
    }
}
