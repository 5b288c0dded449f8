using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Burden;

/// <summary>One baseline figure as entered on the form or read from a file row (<see cref="Row"/> null for the form).</summary>
public sealed record BaselineInput(string OrgUnitCode, DemandKind Kind, int Year, int Items, int Submissions, string? Note, int? Row = null);
