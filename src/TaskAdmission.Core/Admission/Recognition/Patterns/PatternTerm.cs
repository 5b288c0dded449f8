namespace TaskAdmission.Core.Admission.Recognition.Patterns;

/// <summary>
/// One term: atoms written next to each other, each a literal, an alternation (a|b) or a group {name}; the term stands for
/// every concatenation, so <c>(目标|安全)责任(状|书)</c> is four literals. <see cref="Position"/> is 1-based in the phrase.
/// </summary>
public sealed record PatternTerm(IReadOnlyList<PatternAtom> Atoms, int Position)
{
    public IEnumerable<string> Groups => Atoms.SelectMany(a => a.Groups);
}
