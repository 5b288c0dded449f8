namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>Where the evidence is: the field (title, description, demands[0].note …) and a range of the text as written.</summary>
public sealed record EvidenceSpan(string Field, int Start, int Length);
