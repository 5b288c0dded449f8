namespace TaskAdmission.Core.Common;

/// <summary>Why a use case did nothing. The API answers 404, 409, 400 and 403 respectively.</summary>
public enum RefusalKind
{
    /// <summary>No such thing, or not the actor's to see: the two are never told apart.</summary>
    NotFound,

    /// <summary>Someone else changed it first, or its state no longer allows the command.</summary>
    Conflict,

    /// <summary>The input breaks a rule; the problems say which field and why.</summary>
    Invalid,

    /// <summary>The actor may see it but not do this to it.</summary>
    Forbidden,
}
