namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// The offered load of one Monday run. Submissions, pre-checks and inbox reads arrive open-loop at fixed rates;
/// approvers are people: each township's approver looks at its review inbox every <see cref="ApproverPoll"/> and decides
/// what it finds. <see cref="ChangedShare"/> of the inbox reads come from a village whose inbox a decision just changed.
/// </summary>
public sealed record MondayOptions(
    TimeSpan Length, double SubmitPerSecond, double PrecheckPerSecond, double InboxPerSecond,
    double ChangedShare = 0.2, double ZipfExponent = 1.0, TimeSpan? ApproverPoll = null, int MaxTownshipsPerSubmission = 2, int Seed = 20,
    TimeSpan? Drain = null)
{
    /// <summary>How long answers may still come after the schedule ends, and approvers may still decide; later is no answer.</summary>
    public TimeSpan DrainTime => Drain ?? TimeSpan.FromSeconds(30);

    public TimeSpan Poll => ApproverPoll ?? TimeSpan.FromSeconds(2);
}
