using System.ComponentModel.DataAnnotations;

namespace TaskAdmission.Application.Purchase;

/// <summary>The money view's alert thresholds (configuration section <c>Purchase</c>), in working days.</summary>
public sealed class PurchaseOptions
{
    public const string Section = "Purchase";

    /// <summary>A milestone accepted this many working days ago and still not paid in full is flagged.</summary>
    [Range(1, 250)]
    public int UnpaidAlertWorkingDays { get; set; } = 10;

    /// <summary>Admitted work dispatched this many working days ago whose promised funds the village has not confirmed is flagged.</summary>
    [Range(1, 250)]
    public int FundsAlertWorkingDays { get; set; } = 20;
}
