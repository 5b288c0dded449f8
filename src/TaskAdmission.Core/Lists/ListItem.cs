namespace TaskAdmission.Core.Lists;

/// <summary>One line of a list set. Codes are compared case-insensitively (see <see cref="ListCodes"/>).</summary>
public sealed class ListItem
{
    public Guid Id { get; set; }

    public Guid ListSetId { get; set; }

    public ListKind Kind { get; set; }

    public string Code { get; set; } = "";

    /// <summary>In a district refinement: the code of the city item this one is a sub-item of.</summary>
    public string? ParentCode { get; set; }

    public string TitleZh { get; set; } = "";

    public string? TitleEn { get; set; }

    public string? Category { get; set; }

    public string? DepartmentCode { get; set; }

    public string? LegalBasis { get; set; }

    /// <summary>The demands a task under this item may put on a village.</summary>
    public DemandKind AllowedDemands { get; set; }

    public string? Notes { get; set; }

    /// <summary>
    /// Recognition phrases in the pattern language, separated by ";" (docs/admission-rules.md, "Recognisers"): how a
    /// notice that describes this item's work in its own words is recognised. For a <see cref="ListKind.Lexicon"/>
    /// entry of <see cref="LexiconFamilies.Synonyms"/> or <see cref="LexiconFamilies.VillageActors"/>, the members.
    /// </summary>
    public string? Recognisers { get; set; }

    public int SortOrder { get; set; }

    /// <summary>A detached shallow copy (same id); used where an effective view must not alias stored entities.</summary>
    public ListItem Clone() => (ListItem)MemberwiseClone();
}
