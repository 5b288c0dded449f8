using System.Text.RegularExpressions;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>Field checks of a submission that need no database: presence, lengths, ranges, dates, demand details.</summary>
public static partial class SubmissionValidator
{
    public const int MaxTargets = 2000;
    public const int MaxClaims = 20;
    public const int MaxDemands = 30;
    public const int MaxCount = 366;
    public const decimal MaxFunding = 10_000_000m;
    public const int MaxCollectedFields = 50;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")]
    private static partial Regex ItemCode();

    /// <summary>A landline with area code (023-12345678), a mobile (13800138000), optionally +86 and an extension (转 123).</summary>
    [GeneratedRegex(@"^(\+?[0-9]{1,3}[ -]?)?(\([0-9]{2,5}\)|[0-9]{2,5})?[ -]?[0-9]{3,4}[ -]?[0-9]{3,5}( ?(转|-|ext\.? ?|x)[0-9]{1,6})?$")]
    private static partial Regex Phone();

    public static List<FieldProblem> Validate(PrecheckRequest r, string? contactName = null, string? contactPhone = null, bool requireContact = false, string? frequency = null)
    {
        var p = new List<FieldProblem>();
        Text(p, "departmentCode", r.DepartmentCode, 32);
        Text(p, "title", r.Title, Submission.TitleMax);
        Text(p, "description", r.Description, Submission.DescriptionMax, multiLine: true);
        Optional(p, "legalBasis", r.LegalBasis, Submission.LegalBasisMax, multiLine: true);
        // Checked whether or not the flag that gives it meaning is set: whatever is sent is stored.
        Optional(p, "emergencyReason", r.EmergencyReason, Submission.ReasonMax, multiLine: true);
        Optional(p, "frequency", frequency, Submission.FrequencyMax);
        if (requireContact)
        {
            Text(p, "contactName", contactName, Submission.ContactMax);
            Text(p, "contactPhone", contactPhone, Submission.ContactMax);
            if (!string.IsNullOrWhiteSpace(contactPhone) && contactPhone.Length <= Submission.ContactMax && !Phone().IsMatch(contactPhone.Trim()))
            {
                p.Add(new("contactPhone", "BadPhone"));
            }
        }
        else
        {
            Optional(p, "contactName", contactName, Submission.ContactMax);
            Optional(p, "contactPhone", contactPhone, Submission.ContactMax);
        }
        if (r.TargetOrgUnitCodes.Count == 0)
        {
            p.Add(new("targetOrgUnitCodes", "Required"));
        }
        else if (r.TargetOrgUnitCodes.Count > MaxTargets)
        {
            p.Add(new("targetOrgUnitCodes", "TooMany", MaxTargets));
        }
        if (r.ClaimedItemCodes.Count > MaxClaims)
        {
            p.Add(new("claimedItemCodes", "TooMany", MaxClaims));
        }
        for (var i = 0; i < Math.Min(r.ClaimedItemCodes.Count, MaxClaims); i++)
        {
            if (!ItemCode().IsMatch(r.ClaimedItemCodes[i] ?? ""))
            {
                p.Add(new($"claimedItemCodes[{i}]", "UnknownItemCode", (r.ClaimedItemCodes[i] ?? "").Length > 40 ? r.ClaimedItemCodes[i][..40] : r.ClaimedItemCodes[i] ?? ""));
            }
        }
        CheckDates(p, r);
        CheckDemands(p, r.Demands);
        CheckCollectedFields(p, r);
        if (r.Support.FundingYuanPerVillage is < 0 or > MaxFunding)
        {
            p.Add(new("support.fundingYuanPerVillage", "FundingRange", MaxFunding));
        }
        return p;
    }

    private static void CheckDates(List<FieldProblem> p, PrecheckRequest r)
    {
        var earliest = new DateOnly(2000, 1, 1);
        var latest = new DateOnly(2100, 12, 31);
        if (r.StartDate == default)
        {
            p.Add(new("startDate", "Required"));
        }
        else if (r.StartDate < earliest || r.StartDate > latest)
        {
            p.Add(new("startDate", "DateRange", earliest.ToString("yyyy-MM-dd"), latest.ToString("yyyy-MM-dd")));
        }
        if (r.EndDate == default)
        {
            p.Add(new("endDate", "Required"));
        }
        else if (r.StartDate != default && r.EndDate < r.StartDate)
        {
            p.Add(new("endDate", "DatesReversed"));
        }
        else if (r.EndDate > latest)
        {
            p.Add(new("endDate", "DateRange", earliest.ToString("yyyy-MM-dd"), latest.ToString("yyyy-MM-dd")));
        }
        // The day a check is replayed for: calendars and notice periods are computed from it.
        if (r.SubmittedOn != default && (r.SubmittedOn < earliest || r.SubmittedOn > latest))
        {
            p.Add(new("submittedOn", "DateRange", earliest.ToString("yyyy-MM-dd"), latest.ToString("yyyy-MM-dd")));
        }
    }

    private static void CheckDemands(List<FieldProblem> p, IReadOnlyList<DemandRequest> demands)
    {
        if (demands.Count == 0)
        {
            p.Add(new("demands", "NoDemands"));
        }
        else if (demands.Count > MaxDemands)
        {
            p.Add(new("demands", "TooMany", MaxDemands));
        }
        for (var i = 0; i < Math.Min(demands.Count, MaxDemands); i++)
        {
            var d = demands[i];
            if (d.Kind == DemandKind.None || !DemandKinds.Singles.Contains(d.Kind))
            {
                p.Add(new($"demands[{i}].kind", "BadValue"));
            }
            if (d.Count is < 1 or > MaxCount)
            {
                p.Add(new($"demands[{i}].count", "CountRange", MaxCount));
            }
            if (!Enum.IsDefined(d.Period))
            {
                p.Add(new($"demands[{i}].period", "BadValue"));
            }
            if (d.Kind == DemandKind.Certificate && string.IsNullOrWhiteSpace(d.Certificate))
            {
                p.Add(new($"demands[{i}].certificate", "CertificateName"));
            }
            if (d.Kind == DemandKind.Signboard && string.IsNullOrWhiteSpace(d.Signboard))
            {
                p.Add(new($"demands[{i}].signboard", "SignboardText"));
            }
            Optional(p, $"demands[{i}].certificate", d.Certificate, 200);
            Optional(p, $"demands[{i}].signboard", d.Signboard, 200);
            Optional(p, $"demands[{i}].note", d.Note, 500, multiLine: true);
        }
    }

    /// <summary>Names only: whether a reused task runs where this one goes needs the database (the use case checks it).</summary>
    private static void CheckCollectedFields(List<FieldProblem> p, PrecheckRequest r)
    {
        var fields = r.CollectedFields;
        if (fields.Count > MaxCollectedFields)
        {
            p.Add(new("collectedFields", "TooMany", MaxCollectedFields));
        }
        for (var i = 0; i < Math.Min(fields.Count, MaxCollectedFields); i++)
        {
            var name = fields[i] ?? "";
            if (string.IsNullOrWhiteSpace(name))
            {
                p.Add(new($"collectedFields[{i}]", "Required"));
            }
            else if (name.Length > DataField.NameMax)
            {
                p.Add(new($"collectedFields[{i}]", "FieldNameTooLong", name[..12], DataField.NameMax));
            }
            else if (!PlainText.IsClean(name))
            {
                p.Add(new($"collectedFields[{i}]", "ControlCharacters"));
            }
            else if (name.IndexOfAny(FieldNames.Separators) >= 0)
            {
                p.Add(new($"collectedFields[{i}]", "FieldSeparator", name));
            }
        }
        if (r.ReusesSubmissionId is not null && fields.Count == 0)
        {
            p.Add(new("reusesSubmissionId", "ReuseNeedsFields"));
        }
    }

    private static void Text(List<FieldProblem> p, string field, string? value, int max, bool multiLine = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            p.Add(new(field, "Required"));
        }
        else
        {
            Optional(p, field, value, max, multiLine);
        }
    }

    private static void Optional(List<FieldProblem> p, string field, string? value, int max, bool multiLine = false)
    {
        if (value is not null && value.Length > max)
        {
            p.Add(new(field, "TooLong", max));
        }
        else if (!PlainText.IsClean(value, multiLine))
        {
            p.Add(new(field, "ControlCharacters"));
        }
    }
}
