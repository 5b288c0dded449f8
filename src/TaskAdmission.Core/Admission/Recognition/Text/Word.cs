namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>A segmented word and its range [Start, End) in the text it was cut from.</summary>
public readonly record struct Word(string Text, int Start, int End);
