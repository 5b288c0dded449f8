namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>A notice known to be clean that a draft's recognisers would block or flag, with the matches that do it.</summary>
public sealed record FlaggedNotice(CleanNotice Notice, IReadOnlyList<RecognitionHit> Hits);
