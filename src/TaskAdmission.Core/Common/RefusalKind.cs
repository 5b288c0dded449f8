namespace TaskAdmission.Core.Common;

/// <summary>Why an admission command did nothing: not found (or not yours: existence is not revealed), a conflict, or bad input.</summary>
public enum RefusalKind
{
    NotFound,
    Conflict,
    Invalid,
}
