namespace TaskAdmission.Web.Features.Admission;

/// <summary>The body of POST /api/v1/submissions/{id}/withdraw.</summary>
public sealed class WithdrawRequestDto
{
    public string? Reason { get; set; }
}
