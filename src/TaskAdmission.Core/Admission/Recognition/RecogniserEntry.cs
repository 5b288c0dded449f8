using TaskAdmission.Core.Admission.Recognition.Patterns;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>
/// The compiled recognisers of one list row. <see cref="Effective"/> is set when the row comes from the lists in force
/// (so a finding can cite the version it came from); a draft being tried has only <see cref="Item"/>.
/// </summary>
public sealed record RecogniserEntry(ListItem Item, EffectiveItem? Effective, RecogniserTarget Target, string? Family, IReadOnlyList<CompiledPattern> Patterns)
{
    public string Code => Item.Code;

    /// <summary>Rule families judge whether the village is the one targeted, not whether it acts.</summary>
    public bool AimedAtVillage => Target == RecogniserTarget.RuleFamily;
}
