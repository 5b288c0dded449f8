using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Lists;

/// <summary>The lists in force for an org unit, or null <see cref="Unit"/> when the code is unknown.</summary>
public sealed record InForceLookup(OrgUnit? Unit, ListsInForce? Lists)
{
    public static InForceLookup UnknownUnit { get; } = new(null, null);
}
