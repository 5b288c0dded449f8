namespace TaskAdmission.Core.Lists.Search;

public enum CodeMatch
{
    Prefix = 0,
    Contains = 1,
}
