namespace TaskAdmission.Core.Villages;

/// <summary>What a village file is attached to.</summary>
public enum VillageFileUse
{
    Progress,
    Report,
}
