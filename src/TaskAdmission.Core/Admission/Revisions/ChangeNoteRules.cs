using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>The 修改说明 a department must give when it resubmits a returned submission: required, bounded, plain text.</summary>
public static class ChangeNoteRules
{
    public const string Field = "changeNote";

    public static IReadOnlyList<FieldProblem> Validate(string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return [new FieldProblem(Field, "ChangeNoteRequired")];
        }
        if (note.Trim().Length > SubmissionVersion.ChangeNoteMax)
        {
            return [new FieldProblem(Field, "TooLong", SubmissionVersion.ChangeNoteMax)];
        }
        return PlainText.IsClean(note, multiLine: true) ? [] : [new FieldProblem(Field, "ControlCharacters")];
    }
}
