namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>A village the submission reaches (targets expanded), with the township that decides for it.</summary>
public sealed class SubmissionVillage
{
    public Guid SubmissionId { get; set; }
    public string VillageCode { get; set; } = "";
    public string TownshipCode { get; set; } = "";
    public string DistrictCode { get; set; } = "";

    /// <summary>Set when the village's township (or the joint review, or an emergency) admitted the work for it.</summary>
    public bool Admitted { get; set; }
}
