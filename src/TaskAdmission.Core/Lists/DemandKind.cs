namespace TaskAdmission.Core.Lists;

/// <summary>
/// A kind of burden a task may put on a village. Flags so that a list item can store the demands it allows in
/// one integer column; admission uses single values. Names are the CSV tokens; keep names and values stable
/// because they are persisted.
/// </summary>
[Flags]
public enum DemandKind
{
    None = 0,
    Report = 1 << 0,
    Ledger = 1 << 1,
    Meeting = 1 << 2,
    Inspection = 1 << 3,
    Assessment = 1 << 4,
    Demonstration = 1 << 5,
    Signboard = 1 << 6,
    Certificate = 1 << 7,
    AppCheckIn = 1 << 8,
    Survey = 1 << 9,
    Training = 1 << 10,
    Pledge = 1 << 11,
    OneVoteVeto = 1 << 12,
    FieldWork = 1 << 13,
}
