using TaskAdmission.Core.Admission.Submissions;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>One demand row of the submission form, as typed (strings, so a wrong value can be shown back).</summary>
public sealed class DemandForm
{
    public string Kind { get; set; } = "";
    public string Count { get; set; } = "1";
    public string Period { get; set; } = "";
    public string Certificate { get; set; } = "";
    public string Signboard { get; set; } = "";
    public string Note { get; set; } = "";

    public bool IsBlank => Kind.Length == 0 && Certificate.Length == 0 && Signboard.Length == 0 && Note.Length == 0;

    public static DemandForm From(SubmissionDemand d) => new()
    {
        Kind = d.Kind.ToString(),
        Count = d.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Period = d.Period.ToString(),
        Certificate = d.Certificate ?? "",
        Signboard = d.Signboard ?? "",
        Note = d.Note ?? "",
    };
}
