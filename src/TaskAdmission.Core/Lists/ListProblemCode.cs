namespace TaskAdmission.Core.Lists;

/// <summary>
/// Stable codes for every problem the list rules report. The names are part of the contract with the web host
/// (and may be logged or stored), so rename nothing; add at the end of a group only.
/// </summary>
public enum ListProblemCode
{
    // File shape (import)
    EmptyFile = 100,
    MissingColumn,
    UnknownColumn,
    DuplicateColumn,
    NotUtf8,
    MalformedRow,
    WrongFieldCount,
    TooManyRows,
    TooManyProblems,
    NoDataRows,
    UnreadableWorkbook,

    // Row content (import)
    UnknownKind = 200,
    UnknownDemandKind,
    DuplicateCode,
    MissingCode,
    MissingTitleZh,
    UnknownDepartment,
    TooLong,
    InvalidCode,
    SelfParent,
    DemandsOnProhibitedItem,
    ControlCharacters,
    InvalidRecogniser,
    UnknownLexiconFamily,
    LexiconWithoutRecognisers,
    DemandsOnLexiconEntry,
    InvalidSynonymMember,
    DuplicateSynonymGroup,
    TooManyRecognisers,

    // Refinement of a city set by a district set
    ParentSetMismatch = 300,
    ParentSetNotPublished,
    NotARefinement,
    UnknownParentCode,
    SubItemWidensDemands,
    SubItemKindMismatch,
    OverrideWidensDemands,
    OverrideChangesKind,
    OverrideChangesParent,
    ReallowsProhibited,
    OverrideChangesLexiconFamily,

    // Lists in force
    NoListInForce = 400,
    RefinementOfOtherCityVersion,

    // Publishing and editing
    NotDraft = 500,
    NoItems,
    OverlapsExistingVersion,
    StartsBeforePreviousVersion,
    EffectiveToBeforeFrom,
    DuplicateVersionLabel,
    BadAuthorityCode,
    MissingSetName,
    MissingVersionLabel,
    ParentCodeWithoutParentSet,
    SetNotEditable,
    NotPublished,
}
