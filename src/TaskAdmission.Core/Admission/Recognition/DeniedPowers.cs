namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// (phase 27) A power the paper says someone does not have: 调解会没有罚款、没收物品的权力, 村委会无扣押车辆的权限. The
/// acts listed between the denial ([denied_powers.denials]: 没有, 无, 不具有 …) and the power noun that closes them with 的
/// ([denied_powers.powers]: 权力, 权限, 职权 …) are what the holder may not do — the approver reads a reminder of the
/// law, not a demand. Only in one clause, with nothing but the acts and their objects between: 没有完成任务的村一律没收
/// 保证金 (no power noun) and 村治保会有没收财物的权力 (no denial) are read as before.
/// </summary>
internal static class DeniedPowers
{
    private static readonly string[] Denials = RecognitionCues.Instance.List("denied_powers.denials");
    private static readonly string[] Powers = RecognitionCues.Instance.List("denied_powers.powers");
    // How far before the match the denial may stand, and how far after it the power noun (a short list of acts and objects).
    private const int DenialReach = 16;
    private const int PowerReach = 16;

    /// <summary>The denial and the power noun (没有…的权力), or null.</summary>
    public static string? Covering(string text, int clauseStart, int clauseEnd, int hitStart, int hitEnd)
    {
        var from = Math.Max(clauseStart, hitStart - DenialReach);
        var before = text[from..hitStart];
        (string? Cue, int At) denial = (null, -1);
        foreach (var d in Denials)
        {
            if (before.LastIndexOf(d, StringComparison.Ordinal) is var at && at > denial.At)
            {
                denial = (d, at);
            }
        }
        if (denial.Cue is null)
        {
            return null;
        }
        var after = text[hitEnd..Math.Min(clauseEnd, hitEnd + PowerReach)];
        var de = after.IndexOf('的');
        if (de < 0 || Powers.FirstOrDefault(p => string.CompareOrdinal(after, de + 1, p, 0, p.Length) == 0) is not { } power)
        {
            return null;
        }
        // Only acts and their objects between: a clause mark or a second 的 would join another phrase.
        var between = before[(denial.At + denial.Cue.Length)..] + after[..de];
        return between.IndexOfAny(['的', '，', ',', '；', ';', '：', ':']) >= 0 ? null : $"{denial.Cue}…的{power}";
    }
}
