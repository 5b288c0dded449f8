namespace TaskAdmission.Core.Burden;

/// <summary>What a figure counts: distinct items in force (standing items, 事项数) or submissions due (报送次数).</summary>
public enum BurdenMeasure
{
    Items,
    Submissions,
}
