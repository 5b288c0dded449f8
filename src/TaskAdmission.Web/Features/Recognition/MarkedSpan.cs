namespace TaskAdmission.Web.Features.Recognition;

/// <summary>A range of a text to mark, the number of the finding or match it belongs to, and what it is (for the label).</summary>
public sealed record MarkedSpan(int Start, int Length, int Number, string Label);
