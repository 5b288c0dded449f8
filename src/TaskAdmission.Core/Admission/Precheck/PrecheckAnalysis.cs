using TaskAdmission.Core.Admission.Recognition;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>
/// What a check worked out that does not depend on the language its findings are written in: the list the text was
/// read against, the recognisers' reading of the text (segmentation, matches, clause analysis) and the ranked item
/// suggestions. A check in the other language of the same request and context reuses it
/// (<see cref="Prechecker.Check(PrecheckRequest, PrecheckContext, AppLanguage, PrecheckAnalysis)"/>) instead of
/// reading the text again — the reading is most of a check's work — so the findings are the same, only written in the
/// other language.
/// </summary>
public sealed class PrecheckAnalysis
{
    internal PrecheckAnalysis(PrecheckRequest request, PrecheckContext context, MergedList? reference, RecogniserLexicon? lexicon, TextAnalysis text)
    {
        Request = request;
        Context = context;
        Reference = reference;
        Lexicon = lexicon;
        Text = text;
    }

    internal PrecheckRequest Request { get; }

    internal PrecheckContext Context { get; }

    internal MergedList? Reference { get; }

    internal RecogniserLexicon? Lexicon { get; }

    internal TextAnalysis Text { get; }

    /// <summary>
    /// Every item the first check that asked for suggestions ranked, best first (language-independent: items and scores);
    /// each check takes its suggestions from it.
    /// </summary>
    internal IReadOnlyList<(EffectiveItem Item, double Score)>? Ranked { get; set; }

    /// <summary>Whether this is the reading of exactly this request and context (the same objects).</summary>
    internal bool Of(PrecheckRequest request, PrecheckContext context) => ReferenceEquals(Request, request) && ReferenceEquals(Context, context);
}
