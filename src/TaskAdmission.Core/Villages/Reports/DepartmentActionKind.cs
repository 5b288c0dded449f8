namespace TaskAdmission.Core.Villages.Reports;

/// <summary>What the supervisor does about a department that added burden without admission.</summary>
public enum DepartmentActionKind
{
    /// <summary>A letter to the department (致函).</summary>
    Letter,

    /// <summary>A public circular (通报).</summary>
    Circular,

    /// <summary>An interview with the department's head (约谈).</summary>
    Interview,
}
