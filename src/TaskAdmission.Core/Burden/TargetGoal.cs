namespace TaskAdmission.Core.Burden;

/// <summary>The two shapes of a reduction target. Persisted by name.</summary>
public enum TargetGoal
{
    /// <summary>The jurisdiction's total falls by <c>Value</c> percent against its baseline by the due date.</summary>
    ReduceByPercent,

    /// <summary>No village carries more than <c>Value</c> per year while the target is in force.</summary>
    CapPerVillagePerYear,
}
