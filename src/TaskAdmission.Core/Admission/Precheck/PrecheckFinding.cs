using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>One explained finding: the rule, the list item and list version it rests on, the legal basis, a message.</summary>
public sealed record PrecheckFinding(
    string Rule,
    FindingSeverity Severity,
    string? ItemCode,
    string? ListSet,
    string? LegalBasis,
    string Message);
