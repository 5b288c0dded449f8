namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>An actor named in a normalised field, at [Start, End).</summary>
internal readonly record struct Mention(int Start, int End, ActorKind Kind, string Text);
