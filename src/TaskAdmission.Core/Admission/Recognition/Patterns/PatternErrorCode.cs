namespace TaskAdmission.Core.Admission.Recognition.Patterns;

/// <summary>Why a recogniser phrase is refused; stable names, rendered by <see cref="PatternMessages"/>.</summary>
public enum PatternErrorCode
{
    Empty = 1,
    UnexpectedCharacter,
    UnbalancedParenthesis,
    UnbalancedBrace,
    NestedParenthesis,
    EmptyAlternative,
    GapWithoutNumber,
    GapOutOfRange,
    GapWithoutTerm,
    ExclusionWithoutTerm,
    TermAfterExclusion,
    TooManyTerms,
    TooManyExclusions,
    TooManyAlternatives,
    LiteralTooLong,
    MatchesEmpty,
    TooBroad,
    ClauseBreakInLiteral,
    UnknownGroup,
    TooManyEntries,
    SingleChoice,
}
