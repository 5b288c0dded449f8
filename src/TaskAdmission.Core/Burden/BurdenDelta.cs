using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Burden;

/// <summary>What one piece of work adds to (or, negated, removes from) one village's ledger row of a kind and year.</summary>
public sealed record BurdenDelta(DemandKind Kind, int Year, BurdenCounts Counts);
