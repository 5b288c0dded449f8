namespace TaskAdmission.Core.Lists.Diff;

public enum ListChangeKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}
