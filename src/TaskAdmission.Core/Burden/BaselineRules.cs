using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Burden;

/// <summary>The rules of a baseline figure, for the form and every imported row alike.</summary>
public static class BaselineRules
{
    /// <summary>The kinds a figure may have: each single demand kind, and <see cref="DemandKind.None"/> for "not classified".</summary>
    public static readonly IReadOnlyList<DemandKind> Kinds = [DemandKind.None, .. Enum.GetValues<DemandKind>().Where(k => k != DemandKind.None)];

    /// <param name="unitInScope">True when the code names an org unit the actor may describe.</param>
    public static List<BurdenProblem> Validate(BaselineInput input, Func<string, bool> unitInScope)
    {
        var problems = new List<BurdenProblem>();
        var row = input.Row;
        var code = input.OrgUnitCode.Trim();
        if (code.Length == 0)
        {
            problems.Add(BurdenProblem.At(Fields.OrgUnit, BurdenProblemCodes.Required, row));
        }
        else if (!unitInScope(code))
        {
            problems.Add(BurdenProblem.At(Fields.OrgUnit, BurdenProblemCodes.UnknownUnit, row, code));
        }
        if (!Kinds.Contains(input.Kind))
        {
            problems.Add(BurdenProblem.At(Fields.Kind, BurdenProblemCodes.UnknownKind, row, input.Kind));
        }
        if (input.Year is < BurdenPeriod.MinYear or > BurdenPeriod.MaxYear)
        {
            problems.Add(BurdenProblem.At(Fields.Year, BurdenProblemCodes.YearRange, row, BurdenPeriod.MinYear, BurdenPeriod.MaxYear));
        }
        if (input.Items is < 0 or > BurdenBaseline.MaxCount)
        {
            problems.Add(BurdenProblem.At(Fields.Items, BurdenProblemCodes.CountRange, row, 0, BurdenBaseline.MaxCount));
        }
        if (input.Submissions is < 0 or > BurdenBaseline.MaxCount)
        {
            problems.Add(BurdenProblem.At(Fields.Submissions, BurdenProblemCodes.CountRange, row, 0, BurdenBaseline.MaxCount));
        }
        if ((input.Note ?? "").Length > BurdenBaseline.NoteMax)
        {
            problems.Add(BurdenProblem.At(Fields.Note, BurdenProblemCodes.TooLong, row, BurdenBaseline.NoteMax));
        }
        return problems;
    }

    /// <summary>The field names of the form, which are also the file's column names.</summary>
    public static class Fields
    {
        public const string OrgUnit = "org_unit_code";
        public const string Kind = "kind";
        public const string Year = "year";
        public const string Items = "items";
        public const string Submissions = "submissions";
        public const string Note = "note";

        public static readonly IReadOnlyList<string> All = [OrgUnit, Kind, Year, Items, Submissions, Note];
    }
}
