using System.Globalization;
using Microsoft.Extensions.Localization;
using TaskAdmission.Core.Admission.Revisions;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Admission.Revisions;

/// <summary>
/// A version's fields as the approver reads them (names, labels, dates in the reader's language), in the form's order,
/// so the comparison is of what is on screen. List entries carry a key that says which entry they are across versions:
/// a code, a file name, or a demand's kind and its place among demands of that kind.
/// </summary>
public static class RevisionFields
{
    /// <summary>Fields whose entries are codes, shown as code.</summary>
    public static readonly IReadOnlySet<string> CodeLists = new HashSet<string> { "claimedItemCodes" };

    public static IReadOnlyList<RevisionField> Of(SubmissionSnapshot s, OrgNames org, IStringLocalizer<AdmissionResource> a, IStringLocalizer<RevisionResource> v) =>
    [
        RevisionField.Of("title", s.Title),
        RevisionField.Of("description", s.Description),
        RevisionField.Of("legalBasis", s.LegalBasis),
        RevisionField.List("claimedItemCodes", s.ClaimedItemCodes.Select(c => new DiffItem(c, c))),
        RevisionField.List("targets", s.TargetOrgUnitCodes.Select(c => new DiffItem(c, org.Unit(c)))),
        RevisionField.List("villages", s.VillageCodes.Select(c => new DiffItem(c, org.Unit(c)))),
        RevisionField.Of("period", $"{AdmissionText.Date(s.StartDate)} – {AdmissionText.Date(s.EndDate)}"),
        RevisionField.Of("frequency", s.Frequency),
        RevisionField.List("demands", Demands(s, a, v)),
        RevisionField.List("collectedFields", s.CollectedFields.Select(f => new DiffItem(f, f))),
        RevisionField.Of("reuse", s.ReusesSubmissionId is null ? v["Value.No"] : v["Value.Reuse"]),
        RevisionField.Of("funding", a["Detail.Funding", AdmissionText.Money(s.FundingYuanPerVillage)]),
        RevisionField.List("support", Support(s, a)),
        RevisionField.Of("emergency", s.Emergency ? v["Value.Emergency", s.EmergencyReason ?? ""] : v["Value.No"]),
        RevisionField.Of("contact", v["Value.Contact", s.ContactName, s.ContactPhone]),
        RevisionField.List("attachments", s.AttachmentNames.Select(n => new DiffItem(n, n))),
    ];

    private static IEnumerable<DiffItem> Demands(SubmissionSnapshot s, IStringLocalizer<AdmissionResource> a, IStringLocalizer<RevisionResource> v)
    {
        var seen = new Dictionary<string, int>();
        foreach (var d in s.Demands)
        {
            // The n-th demand of a kind is "the same demand" in the other version, so a changed count reads as a change.
            var kind = d.Kind.ToString();
            seen[kind] = seen.GetValueOrDefault(kind) + 1;
            var details = string.Join(v["Value.DetailSeparator"], new[] { d.Certificate, d.Signboard, d.Note }.Where(x => !string.IsNullOrWhiteSpace(x)));
            var line = v["Value.Demand", AdmissionText.Demand(d.Kind), d.Count.ToString(CultureInfo.CurrentCulture), a[$"Period.{d.Period}"]].Value;
            yield return new DiffItem($"{kind}#{seen[kind]}", details.Length == 0 ? line : $"{line}{v["Value.DetailSeparator"]}{details}");
        }
    }

    private static IEnumerable<DiffItem> Support(SubmissionSnapshot s, IStringLocalizer<AdmissionResource> a)
    {
        if (s.StaffProvided)
        {
            yield return new DiffItem("staff", a["Form.Staff"]);
        }
        if (s.TrainingProvided)
        {
            yield return new DiffItem("training", a["Form.Training"]);
        }
        if (s.EquipmentProvided)
        {
            yield return new DiffItem("equipment", a["Form.Equipment"]);
        }
    }
}
