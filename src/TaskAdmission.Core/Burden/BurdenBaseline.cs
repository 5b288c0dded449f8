using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Burden;

/// <summary>
/// The burden before admission (基线) of one org unit and demand kind, for one year: distinct items and submissions,
/// as totals for the unit (a township's figure is the sum over its villages). A unit without its own figure for a kind
/// takes the sum of its children's, so a district can be described village by village or as a whole.
/// </summary>
public sealed class BurdenBaseline
{
    public const int NoteMax = 500;
    public const int MaxCount = 10_000_000;

    public Guid Id { get; set; }
    public string OrgUnitCode { get; set; } = "";

    /// <summary>The demand kind; <see cref="DemandKind.None"/> = work not classified by kind (e.g. a survey's total).</summary>
    public DemandKind Kind { get; set; }

    /// <summary>The year the figure describes (before admission).</summary>
    public int Year { get; set; }

    public int Items { get; set; }
    public int Submissions { get; set; }
    public BaselineOrigin Origin { get; set; }
    public string? Note { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAtUtc { get; set; }

    /// <summary>Optimistic concurrency: two editors of one figure cannot both win silently.</summary>
    public int Version { get; set; }

    public int Of(BurdenMeasure measure) => measure == BurdenMeasure.Items ? Items : Submissions;
}
