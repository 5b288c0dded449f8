namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>Block rejects the task; Warn and Info explain, and some of them route it to joint review.</summary>
public enum FindingSeverity
{
    Block,
    Warn,
    Info,
}
