namespace TaskAdmission.Core.Villages;

/// <summary>The township's answer to an exit request.</summary>
public enum ExitRequestStatus
{
    Pending,
    Approved,
    Declined,
}
