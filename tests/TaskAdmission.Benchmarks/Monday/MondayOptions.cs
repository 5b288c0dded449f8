namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// The offered load of one Monday run. Submissions, pre-checks and inbox reads arrive open-loop at fixed rates;
/// approvers are people: each township's approver looks at its review inbox every <see cref="ApproverPoll"/> (default
/// <see cref="PagePoll"/>) and decides what it finds. <see cref="ChangedShare"/> of the inbox reads come from a village whose inbox a decision just changed.
/// </summary>
public sealed record MondayOptions(
    TimeSpan Length, double SubmitPerSecond, double PrecheckPerSecond, double InboxPerSecond,
    double ChangedShare = 0.2, double ZipfExponent = 1.0, TimeSpan? ApproverPoll = null, int MaxTownshipsPerSubmission = 2, int Seed = 20,
    TimeSpan? Drain = null)
{
    /// <summary>How long answers may still come after the schedule ends, and approvers may still decide; later is no answer.</summary>
    public TimeSpan DrainTime => Drain ?? TimeSpan.FromSeconds(30);

    public TimeSpan Poll => ApproverPoll ?? PagePoll;

    /// <summary>
    /// How often an approver looks at the review inbox when it was empty. The page (/admission/reviews) does not refresh
    /// itself — no timer, no htmx trigger, nothing in site.js — so a person reloads it by hand: every 30 s is a diligent
    /// approver on a Monday morning. Until 2026-12-03 the harness looked every 2 s (20 approvers: 10 page loads a second,
    /// ≈ 4 statements each), more than any office does, and that load sat beside the inbox ramp.
    /// </summary>
    public static readonly TimeSpan PagePoll = TimeSpan.FromSeconds(30);
}
