using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Lists;

/// <summary>What a set's recognisers make of a pasted notice; <see cref="City"/> is the city set a district set was merged onto.</summary>
public sealed record RecogniserTrialView(ListSet Set, ListSet? City, TrialResult Result, IReadOnlyList<FlaggedNotice> FlaggedCleanNotices);
