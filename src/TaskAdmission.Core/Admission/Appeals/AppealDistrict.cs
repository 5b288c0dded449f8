namespace TaskAdmission.Core.Admission.Appeals;

/// <summary>
/// One district a pre-check appeal reaches: every district of the submission's villages (the lead district, which
/// decides, among them). Its joint reviewers may open the appeal read-only and its list administrators see the appeal's
/// overruled findings in their queue (机审误判记录); a district the task does not reach sees nothing of it.
/// </summary>
public sealed class AppealDistrict
{
    public Guid AppealId { get; set; }
    public string DistrictCode { get; set; } = "";
}
