namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 27) A power the paper says someone does not have: 调解会没有罚款、没收物品的权力, 村委会无扣押车辆的权限. The
/// acts listed between the denial ([denied_powers.denials]: 没有, 无, 不具有 …) and the power noun that closes them with 的
/// ([denied_powers.powers]: 权力, 权限, 职权 …) are what the holder may not do — the approver reads a reminder of the
/// law, not a demand. Only in one clause, with nothing but the acts and their objects between: 没有完成任务的村一律没收
/// 保证金 (no power noun) and 村治保会有没收财物的权力 (no denial) are read as before.
/// <para>(phase 36) An approver: "a sentence that denies the village the power or the duty denies the act." Also a function
/// or a duty (…的职能, …的职责: [denied_powers.powers]); an object opened by a coverb (对, 向: [denied_powers.object_leads])
/// may hold its own 的 (不具备对破坏文物的村民处以罚款的法定职权); a denial standing inside such an object (对无证经营户予以取缔的
/// 职责由村委会承担: 无 after 对) denies nothing. And the act said after it not to be the village's duty (<see cref="DeniedAfter"/>:
/// 对违规养犬人员处以罚款不属于村委会的职责范围, 查封非法诊所超出了村（居）委会的职责范围).</para>
/// </summary>
internal static class DeniedPowers
{
    private static readonly string[] Denials = RecognitionCues.Instance.List("denied_powers.denials");
    private static readonly string[] Powers = RecognitionCues.Instance.List("denied_powers.powers");
    private static readonly string[] ObjectLeads = RecognitionCues.Instance.List("denied_powers.object_leads");
    private static readonly string[] NotDuties = RecognitionCues.Instance.List("denied_powers.not_duties");
    private static readonly string[] Duties = RecognitionCues.Instance.List("denied_powers.duties");
    private static readonly string[] NotGiven = RecognitionCues.Instance.List("denied_powers.not_given");
    private static readonly string[] Partial = RecognitionCues.Instance.List("denied_powers.partial");
    // 不由各村（社区）: the village's word within these characters after the words.
    private const int GivenReach = 4;
    private static readonly char[] ClauseMarks = ['，', ',', '；', ';', '：', ':', '。'];
    // (phase 36) 予以罚款并不得由村委会截留: a contrast or a new verb joined ([agency.contrast]) between the act and the words after it
    // starts another act, which they deny.
    private static readonly string[] Contrast = RecognitionCues.Instance.List("agency.contrast");
    // How far before the match the denial may stand, and how far after it the power noun (a short list of acts and objects).
    private const int DenialReach = 24;
    private const int PowerReach = 16;
    // (phase 36) How far after the match the words denying the duty may stand (the act's object between), and how far after
    // them the duty.
    private const int NotDutyReach = 12;
    private const int DutyReach = 16;

    /// <summary>The denial and the power noun (没有…的权力), or the act said not to be the village's duty; or null.</summary>
    public static string? Covering(string text, int clauseStart, int clauseEnd, int hitStart, int hitEnd) =>
        DeniedBefore(text, clauseStart, clauseEnd, hitStart, hitEnd) ?? PowerlessBefore(text, clauseStart, hitStart, hitEnd)
        ?? DeniedAfter(text, clauseEnd, hitEnd);

    private static readonly string[] PrefixDenials = [.. RecognitionCues.Instance.List("denied_powers.prefix_denials").OrderByDescending(d => d.Length)];
    private static readonly string[] NotDenials = RecognitionCues.Instance.List("denied_powers.not_denials");

    /// <summary>
    /// (phase 36) 村委会无权对占道经营的摊贩予以罚款, 村级组织没有权力查封…: a power denied ([denied_powers.prefix_denials]) before the
    /// act in its clause, the act's object between, is read as 不得 is. Not 无权属争议, 无权证 ([denied_powers.not_denials]: a
    /// title's state), nor when a refusal turns it around (无权拒绝…: [double_negation]) or a demand with its own modal follows it
    /// (…无权审批，但…必须当场暂扣: Agency.RenewedDemand). The denial, or null.
    /// </summary>
    private static string? PowerlessBefore(string text, int clauseStart, int hitStart, int hitEnd)
    {
        var from = Math.Max(clauseStart, hitStart - DenialReach);
        if (hitStart <= from)
        {
            return null;
        }
        foreach (var denial in PrefixDenials)
        {
            var at = text.LastIndexOf(denial, hitStart - 1, hitStart - from, StringComparison.Ordinal);
            if (at < 0 || StartsWithAny(text.AsSpan(at), NotDenials) || EndsWithAny(text.AsSpan(from, at - from), ObjectLeads))
            {
                continue;
            }
            // Only the act's object between: a 的 outside an object opened by a coverb (对…的村民) joins another phrase.
            var between = text.AsSpan(at + denial.Length, hitStart - at - denial.Length);
            if (between.Contains('的') && !StartsWithAny(between, ObjectLeads) || HoldsAny(between, RecognitionCues.Instance.DoubleNegation)
                || Agency.RenewedDemand(text, at + denial.Length, hitEnd) >= 0)
            {
                return null;
            }
            return denial;
        }
        return null;
    }

    private static string? DeniedBefore(string text, int clauseStart, int clauseEnd, int hitStart, int hitEnd)
    {
        var from = Math.Max(clauseStart, hitStart - DenialReach);
        // Read in place (no copy): this runs for every match.
        var before = text.AsSpan(from, hitStart - from);
        // The last denial before the match — (phase 36) not one right after a coverb, which stands inside the object and names
        // its state (对无证经营户予以取缔的职责; 不具有对无证经营户予以取缔的职权 is denied by 不具有).
        (string? Cue, int At) denial = (null, -1);
        foreach (var d in Denials)
        {
            for (var at = before.LastIndexOf(d, StringComparison.Ordinal); at > denial.At; at = before[..at].LastIndexOf(d, StringComparison.Ordinal))
            {
                if (!EndsWithAny(before[..at], ObjectLeads))
                {
                    denial = (d, at);
                    break;
                }
            }
        }
        if (denial.Cue is null)
        {
            return null;
        }
        var after = text.AsSpan(hitEnd, Math.Max(0, Math.Min(clauseEnd, hitEnd + PowerReach) - hitEnd));
        var de = after.IndexOf('的');
        string? power = null;
        foreach (var p in Powers)
        {
            if (de >= 0 && after[(de + 1)..].StartsWith(p, StringComparison.Ordinal))
            {
                power = p;
                break;
            }
        }
        if (power is null)
        {
            return null;
        }
        // Only acts and their objects between: a clause mark or a second 的 would join another phrase — (phase 36) unless the
        // words open with a coverb whose object holds the 的 (对破坏文物的村民处以罚款).
        var opening = before[(denial.At + denial.Cue.Length)..];
        var objectOpened = StartsWithAny(opening, ObjectLeads);
        if (opening.IndexOfAny(ClauseMarks) >= 0 || after[..de].IndexOfAny(ClauseMarks) >= 0
            || (opening.Contains('的') || after[..de].Contains('的')) && !objectOpened)
        {
            return null;
        }
        return $"{denial.Cue}…的{power}";
    }

    private static bool EndsWithAny(ReadOnlySpan<char> words, string[] any)
    {
        foreach (var word in any)
        {
            if (words.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> words, string[] any)
    {
        foreach (var word in any)
        {
            if (words.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// (phase 36) 对违规养犬人员处以罚款不属于村委会的职责范围, 扣押超限运输车辆不在村委会职责范围之内: after the match (its object
    /// between, no clause mark), words saying it is not ([denied_powers.not_duties]) a village's (a village word after them)
    /// duty or power ([denied_powers.duties]). 罚没款不属于村集体收入 names no duty; 属于村委会的职责 denies nothing; 不是村委会一家的
    /// 职责 denies sole charge only ([denied_powers.partial]). Also the act
    /// not given to the village named right after (…不由村委会负责, …不再由村（社区）承担: [denied_powers.not_given]); 不再由镇里
    /// 负责 names no village, 不再由村委会独自负责 denies sole charge only.
    /// </summary>
    private static string? DeniedAfter(string text, int clauseEnd, int hitEnd)
    {
        var end = Math.Min(clauseEnd, hitEnd + NotDutyReach + DutyReach);
        if (end <= hitEnd)
        {
            return null;
        }
        // Read in place (no copy): this runs for every match.
        var after = text.AsSpan(hitEnd, end - hitEnd);
        // 对违规养犬人员处以罚款不由村委会负责: the act not given to the village named right after the words.
        foreach (var cue in NotGiven)
        {
            var at = after.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0 && at <= NotDutyReach && Plain(after[..at]))
            {
                var rest = after[(at + cue.Length)..];
                if (HoldsAny(rest[..Math.Min(GivenReach, rest.Length)], RecognitionCues.Instance.VillageMarkers) && !HoldsAny(rest, Partial))
                {
                    return cue;
                }
            }
        }
        foreach (var cue in NotDuties)
        {
            var at = after.IndexOf(cue, StringComparison.Ordinal);
            if (at < 0 || at > NotDutyReach || !Plain(after[..at]))
            {
                continue;
            }
            var rest = after[(at + cue.Length)..];
            rest = rest[..Math.Min(rest.Length, DutyReach)];
            var stop = rest.IndexOfAny(ClauseMarks);
            if (stop >= 0)
            {
                rest = rest[..stop];
            }
            foreach (var duty in Duties)
            {
                var d = rest.IndexOf(duty, StringComparison.Ordinal);
                if (d >= 0 && HoldsAny(rest[..d], RecognitionCues.Instance.VillageMarkers) && !HoldsAny(rest[..d], Partial))
                {
                    return $"{cue}…{duty}";
                }
            }
        }
        return null;
    }

    // The words between the act and what is said of it after it: its object only (no clause mark, no contrast, no joined verb).
    private static bool Plain(ReadOnlySpan<char> between) => between.IndexOfAny(ClauseMarks) < 0 && !HoldsAny(between, Contrast);

    private static bool HoldsAny(ReadOnlySpan<char> words, string[] any)
    {
        foreach (var word in any)
        {
            if (words.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
