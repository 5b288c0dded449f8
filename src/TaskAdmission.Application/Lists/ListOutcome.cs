namespace TaskAdmission.Application.Lists;

public enum ListOutcome
{
    Done = 0,

    /// <summary>No such set or item, or it lies outside the actor's scope (the two are not told apart).</summary>
    NotFound,

    /// <summary>Refused with reasons: see the result's problems and refusal.</summary>
    Invalid,

    /// <summary>Someone else changed or published the set at the same time; nothing was written.</summary>
    Conflict,
}
