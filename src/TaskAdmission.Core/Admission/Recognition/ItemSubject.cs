namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>A prohibited item and the words that say a sentence is about it (longest first).</summary>
internal sealed record ItemSubject(RecogniserEntry Entry, string[] Words);
