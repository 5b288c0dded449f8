using TaskAdmission.Application.Admission.Appeals;
using TaskAdmission.Core.Admission.Appeals;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>The body of POST /api/v1/submissions/{id}/appeal: a reason per blocking finding (by position) and an optional note.</summary>
public sealed class AppealRequestDto
{
    public List<AppealFindingDto>? Findings { get; set; }
    public string? Note { get; set; }

    public AppealInput ToInput() =>
        new([.. (Findings ?? []).Select(f => new FindingObjection(f.Position, f.Reason, f.Explanation))], Note);
}

/// <summary>One blocking finding's objection: its position among the refusal's blocking findings, a reason, an explanation.</summary>
public sealed class AppealFindingDto
{
    public int Position { get; set; }
    public AppealReason? Reason { get; set; }
    public string? Explanation { get; set; }
}
