namespace TaskAdmission.Application.Burden;

/// <summary>
/// A department's record in an area and period: submissions sent, decided and admitted (the admission rate), returns,
/// rejections with the pre-check rules that fired on them, founded reports of unadmitted work against it, promised
/// support not delivered (flagged now), and the burden it adds per village of the area.
/// </summary>
public sealed record DepartmentScorecard(
    string Code, string NameZh, string NameEn,
    int Submissions, int Decided, int Admitted, int Returns, int Rejected,
    IReadOnlyList<RuleCount> RejectionsByRule,
    int FoundedReports, int SupportNotDelivered,
    BurdenFigures Added)
{
    public string Name(bool english) => english ? NameEn : NameZh;

    /// <summary>Admitted ÷ decided in percent (one decimal), or null before any decision.</summary>
    public decimal? AdmissionRate => Decided == 0 ? null : Math.Round(Admitted * 100m / Decided, 1, MidpointRounding.AwayFromZero);
}
