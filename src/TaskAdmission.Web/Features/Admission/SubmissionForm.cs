using System.Globalization;
using System.Text.RegularExpressions;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>
/// The fields of the 申请准入审批表 as the form posts them. The page and the htmx fragments read the same form with
/// <see cref="Read"/>, so the live pre-check checks exactly what "save" would store.
/// </summary>
public sealed partial class SubmissionForm
{
    public const int FrequencyMax = Submission.FrequencyMax;
    private const int MaxRows = 100;

    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string LegalBasis { get; set; } = "";

    /// <summary>Claimed list item codes as typed: separated by spaces, commas or semicolons.</summary>
    public string ClaimedCodes { get; set; } = "";

    /// <summary>The data fields collected from villages as typed: separated by 、 , ; or lines (the picker appends to it).</summary>
    public string CollectedFields { get; set; } = "";

    /// <summary>The id of the running task whose collection this one reuses, or empty.</summary>
    public string ReusesSubmission { get; set; } = "";

    public List<string> Targets { get; set; } = [];
    public string StartDate { get; set; } = "";
    public string EndDate { get; set; } = "";
    public string Frequency { get; set; } = "";
    public List<DemandForm> Demands { get; set; } = [];
    public string Funding { get; set; } = "0";
    public bool Staff { get; set; }
    public bool Training { get; set; }
    public bool Equipment { get; set; }
    public bool Emergency { get; set; }
    public string EmergencyReason { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";

    /// <summary>The department's note when it sends a returned submission back.</summary>
    public string Comment { get; set; } = "";

    [GeneratedRegex(@"^Demands\[([0-9]{1,3})\]\.(\w+)$")]
    private static partial Regex DemandField();

    [GeneratedRegex(@"[\s,;,;、]+")]
    private static partial Regex CodeSeparators();

    public IReadOnlyList<string> ClaimedCodeList => CodeSeparators().Split(ClaimedCodes).Where(c => c.Length > 0).Distinct().ToList();

    public static SubmissionForm Blank(string contactName) => new() { ContactName = contactName, Demands = [new DemandForm()] };

    public static SubmissionForm From(Submission s) => new()
    {
        Title = s.Title,
        Description = s.Description,
        LegalBasis = s.LegalBasis ?? "",
        ClaimedCodes = string.Join(' ', s.ClaimedItemCodes),
        CollectedFields = string.Join("、", s.CollectedFields),
        ReusesSubmission = s.ReusesSubmissionId?.ToString() ?? "",
        Targets = [.. s.TargetOrgUnitCodes],
        StartDate = s.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndDate = s.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Frequency = s.Frequency ?? "",
        Demands = s.Demands.OrderBy(d => d.Position).Select(DemandForm.From).ToList(),
        Funding = s.FundingYuanPerVillage.ToString("0.##", CultureInfo.InvariantCulture),
        Staff = s.StaffProvided,
        Training = s.TrainingProvided,
        Equipment = s.EquipmentProvided,
        Emergency = s.Emergency,
        EmergencyReason = s.EmergencyReason ?? "",
        ContactName = s.ContactName,
        ContactPhone = s.ContactPhone,
    };

    /// <summary>Reads the posted form; demand rows left completely blank are dropped.</summary>
    public static SubmissionForm Read(IFormCollection form)
    {
        string Text(string name) => form.TryGetValue(name, out var v) ? (v.ToString() ?? "").Trim() : "";
        bool Flag(string name) => form.TryGetValue(name, out var v) && v.Any(x => x is "true" or "on");
        var rows = new SortedDictionary<int, DemandForm>();
        foreach (var key in form.Keys)
        {
            var match = DemandField().Match(key);
            if (!match.Success || int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var index && index >= MaxRows)
            {
                continue;
            }
            var row = rows.TryGetValue(index, out var existing) ? existing : rows[index] = new DemandForm();
            var value = Text(key);
            switch (match.Groups[2].Value)
            {
                case nameof(DemandForm.Kind): row.Kind = value; break;
                case nameof(DemandForm.Count): row.Count = value; break;
                case nameof(DemandForm.Period): row.Period = value; break;
                case nameof(DemandForm.Certificate): row.Certificate = value; break;
                case nameof(DemandForm.Signboard): row.Signboard = value; break;
                case nameof(DemandForm.Note): row.Note = value; break;
            }
        }
        return new SubmissionForm
        {
            Title = Text(nameof(Title)),
            Description = Text(nameof(Description)),
            LegalBasis = Text(nameof(LegalBasis)),
            ClaimedCodes = Text(nameof(ClaimedCodes)),
            CollectedFields = Text(nameof(CollectedFields)),
            ReusesSubmission = Text(nameof(ReusesSubmission)),
            Targets = form.TryGetValue(nameof(Targets), out var targets) ? targets.Select(t => (t ?? "").Trim()).Where(t => t.Length > 0).Distinct().ToList() : [],
            StartDate = Text(nameof(StartDate)),
            EndDate = Text(nameof(EndDate)),
            Frequency = Text(nameof(Frequency)),
            Demands = rows.Values.Where(r => !r.IsBlank).ToList(),
            Funding = Text(nameof(Funding)),
            Staff = Flag(nameof(Staff)),
            Training = Flag(nameof(Training)),
            Equipment = Flag(nameof(Equipment)),
            Emergency = Flag(nameof(Emergency)),
            EmergencyReason = Text(nameof(EmergencyReason)),
            ContactName = Text(nameof(ContactName)),
            ContactPhone = Text(nameof(ContactPhone)),
            Comment = Text(nameof(Comment)),
        };
    }

    /// <summary>
    /// The submission as the use cases take it, plus the problems of values that could not even be read (a date that
    /// is not a date, a count that is not a number). Field names follow the API's JSON paths.
    /// </summary>
    public (SubmissionInput Input, List<FieldProblem> Problems) ToInput(string departmentCode, DateOnly today)
    {
        var problems = new List<FieldProblem>();
        var demands = new List<DemandRequest>();
        for (var i = 0; i < Demands.Count; i++)
        {
            var d = Demands[i];
            var kind = DemandKinds.TryParseSingle(d.Kind, out var k) ? k : DemandKind.None;
            if (kind == DemandKind.None)
            {
                problems.Add(new($"demands[{i}].kind", "BadValue"));
            }
            if (!int.TryParse(d.Count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                problems.Add(new($"demands[{i}].count", "CountRange", SubmissionValidator.MaxCount));
                count = 1;
            }
            // By name only: a number would pass Enum.TryParse.
            var period = Enum.GetNames<DemandPeriod>().Contains(d.Period) ? Enum.Parse<DemandPeriod>(d.Period) : DemandPeriod.Once;
            if (period.ToString() != d.Period)
            {
                problems.Add(new($"demands[{i}].period", "BadValue"));
            }
            demands.Add(new DemandRequest(kind == DemandKind.None ? DemandKind.Report : kind, count, period, Null(d.Certificate), Null(d.Signboard), Null(d.Note)));
        }
        var funding = 0m;
        if (Funding.Length > 0 && !decimal.TryParse(Funding, NumberStyles.Number, CultureInfo.InvariantCulture, out funding))
        {
            problems.Add(new("support.fundingYuanPerVillage", "FundingRange", SubmissionValidator.MaxFunding));
        }
        var request = new PrecheckRequest
        {
            DepartmentCode = departmentCode,
            Title = Title,
            Description = Description,
            LegalBasis = Null(LegalBasis),
            ClaimedItemCodes = ClaimedCodeList,
            TargetOrgUnitCodes = Targets,
            StartDate = Date(StartDate, "startDate", problems),
            EndDate = Date(EndDate, "endDate", problems),
            SubmittedOn = today,
            Emergency = Emergency,
            EmergencyReason = Emergency ? Null(EmergencyReason) : null,
            Demands = demands,
            Support = new SupportRequest(funding, Staff, Training, Equipment),
            CollectedFields = FieldNames.Split(CollectedFields),
            ReusesSubmissionId = Reuse(problems),
        };
        if (Frequency.Length > FrequencyMax)
        {
            problems.Add(new("frequency", "TooLong", FrequencyMax));
        }
        return (new SubmissionInput(request, ContactName, ContactPhone, Null(Frequency)), problems);
    }

    /// <summary>
    /// Problems of reading first, then the use case's; a field that could not be read gets no second message from the
    /// validator (a bad date is not also "required").
    /// </summary>
    public static List<FieldProblem> Merge(IReadOnlyList<FieldProblem> parsing, IReadOnlyList<FieldProblem> validation) =>
        [.. parsing, .. validation.Where(v => parsing.All(p => p.Field != v.Field))];

    /// <summary>Which form field shows a problem: list entries show at their list (claimedItemCodes[2] → claimedItemCodes).</summary>
    public static string ErrorKey(string field) =>
        field.StartsWith("claimedItemCodes", StringComparison.Ordinal) ? "claimedItemCodes"
        : field.StartsWith("targetOrgUnitCodes", StringComparison.Ordinal) ? "targetOrgUnitCodes"
        : field.StartsWith("collectedFields", StringComparison.Ordinal) ? "collectedFields"
        : field;

    private Guid? Reuse(List<FieldProblem> problems)
    {
        if (ReusesSubmission.Length == 0)
        {
            return null;
        }
        if (Guid.TryParse(ReusesSubmission, out var id))
        {
            return id;
        }
        problems.Add(new("reusesSubmissionId", "BadValue"));
        return null;
    }

    private static DateOnly Date(string value, string field, List<FieldProblem> problems)
    {
        if (value.Length == 0)
        {
            return default;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(new(field, "BadValue"));
        return default;
    }

    private static string? Null(string value) => value.Length == 0 ? null : value;
}
