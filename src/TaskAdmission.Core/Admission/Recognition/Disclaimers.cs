namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// A notice that says in so many words that the village does not do something (村(居)民委员会不列入考核对象, 社区不承担任何
/// 征收事务) has told us who does not act: a match of the same recogniser (or, for a rule family, of the same family)
/// elsewhere in the notice that fires only because it names no one is read under that statement and does not fire.
/// A match that names the village as the one acting or targeted still fires.
/// </summary>
internal static class Disclaimers
{
    public static void Apply(List<RecognitionHit> hits)
    {
        var statements = hits.Where(h => h.Verdict is { Reason: VerdictReason.Negated, NamesVillage: true }).ToList();
        if (statements.Count == 0)
        {
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            // (phase 29) 关于取消…照片报送的通知 … 不再报送，改为每天在工作群里发照片: what replaces the ended act is a new demand,
            // not under the statement that ends it.
            if (hit.Verdict is not { Fires: true, Reason: VerdictReason.NoOtherActor } || hit.Verdict.Replacing)
            {
                continue;
            }
            // (phase 20) 各村不再打卡。巡河时须在APP开启实时定位: the statement of one act of a family does not cover another act
            // of it that the notice demands in so many words.
            if (statements.FirstOrDefault(s => SameWork(s.Entry, hit.Entry) && !(hit.Verdict.Demanded && !SameEntry(s.Entry, hit.Entry))) is { } statement)
            {
                hits[i] = hit with { Verdict = new HitVerdict(false, VerdictReason.Negated, statement.Verdict.Cue) };
            }
        }
    }

    private static bool SameEntry(RecogniserEntry a, RecogniserEntry b) => ReferenceEquals(a, b) || string.Equals(a.Code, b.Code, StringComparison.Ordinal);

    private static bool SameWork(RecogniserEntry a, RecogniserEntry b) =>
        SameEntry(a, b)
        || (a.AimedAtVillage && b.AimedAtVillage && a.Family is not null && string.Equals(a.Family, b.Family, StringComparison.Ordinal));
}
