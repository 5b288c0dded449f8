namespace TaskAdmission.Core.Lists;

/// <summary>
/// What a <see cref="ListKind.Lexicon"/> entry is for, written in its <c>category</c> column. The rule families are the
/// pre-check's rule codes, so a finding names the family that recognised it.
/// </summary>
public static class LexiconFamilies
{
    public const string PledgeOrVeto = "PLEDGE_OR_VETO";
    public const string AppCheckIn = "APP_CHECKIN";
    public const string Assessment = "ASSESSMENT_BAN";
    public const string Signboard = "SIGNBOARD";
    public const string Demonstration = "DEMONSTRATION";

    /// <summary>A named synonym group: the title is the name used as {name} in phrases, the recognisers its members.</summary>
    public const string Synonyms = "SYNONYMS";

    /// <summary>Words that name the village as the one acting (e.g. a local 嘎查, 湾组), added to the built-in ones.</summary>
    public const string VillageActors = "VILLAGE_ACTORS";

    /// <summary>
    /// The words that say what a prohibited item is about (食品, 餐饮 for market and food supervision): its title is the
    /// item's title, its recognisers the words. A general act (责令, 没收, 予以处罚) that fires under one item in a
    /// sentence about another item's subject is cited as that item.
    /// </summary>
    public const string ItemSubjects = "ITEM_SUBJECTS";

    /// <summary>Families whose entries are phrases that raise a finding.</summary>
    public static IReadOnlyList<string> Rules { get; } = [PledgeOrVeto, AppCheckIn, Assessment, Signboard, Demonstration];

    public static IReadOnlyList<string> All { get; } = [.. Rules, Synonyms, VillageActors, ItemSubjects];

    /// <summary>The canonical token for a category (case-insensitive), or null when it is no family.</summary>
    public static string? Parse(string? category) =>
        All.FirstOrDefault(f => string.Equals(f, category?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Families whose members are plain words rather than phrases.</summary>
    public static bool HasMembers(string family) => family is Synonyms or VillageActors or ItemSubjects;
}
