namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>What the task brings with it (费随事转): money per village, staff, training, equipment.</summary>
public sealed record SupportRequest(
    decimal FundingYuanPerVillage = 0,
    bool StaffProvided = false,
    bool TrainingProvided = false,
    bool EquipmentProvided = false)
{
    public bool Any => FundingYuanPerVillage > 0 || StaffProvided || TrainingProvided || EquipmentProvided;
}
