namespace TaskAdmission.Core.Lists;

/// <summary>Life cycle of a list set: Draft → Published → Retired. Only drafts may be edited.</summary>
public enum ListSetStatus
{
    Draft = 0,
    Published = 1,
    Retired = 2,
}
