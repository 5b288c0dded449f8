namespace TaskAdmission.Core.Admission.Recognition.Patterns;

/// <summary>
/// Bounds that keep every phrase cheap. The language has no repetition and no backtracking, so a phrase's cost is at most
/// (occurrences considered per term)² per gap per clause; these limits cap each factor, and the import refuses a phrase
/// past any of them instead of letting one entry slow every check.
/// </summary>
public static class PatternLimits
{
    public const int MaxTerms = 4;
    public const int MaxGap = 50;
    public const int MaxExclusions = 8;

    /// <summary>Literals one term may stand for once its groups are expanded.</summary>
    public const int MaxAlternatives = 64;

    public const int MaxLiteralLength = 30;

    /// <summary>Phrases one cell (one item or lexicon row) may hold.</summary>
    public const int MaxEntriesPerCell = 64;

    /// <summary>Occurrences of one term looked at in one clause; a clause repeating a word more often is still judged on the first ones.</summary>
    public const int MaxOccurrencesPerClause = 32;
}
