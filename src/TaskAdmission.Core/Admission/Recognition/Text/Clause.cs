namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// A clause of a normalised field: the run between two commas, semicolons or sentence ends. <see cref="Sentence"/>
/// numbers the sentence it belongs to, so a clause without a subject can take it from an earlier clause of the sentence.
/// </summary>
public readonly record struct Clause(int Start, int End, int Sentence)
{
    public int Length => End - Start;

    public bool Contains(int start, int end) => start >= Start && end <= End;
}
