using System.Text.Json;
using System.Text.Json.Serialization;
using TaskAdmission.Core.Admission.Submissions;

namespace TaskAdmission.Core.Admission.Revisions;

/// <summary>
/// Every field the department can edit (the form and the API carry the same ones), frozen as one version. Stored as
/// JSON so a later change to the form's fields does not rewrite what an approver once saw.
/// </summary>
public sealed record SubmissionSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string? LegalBasis { get; init; }
    public IReadOnlyList<string> ClaimedItemCodes { get; init; } = [];
    public IReadOnlyList<string> TargetOrgUnitCodes { get; init; } = [];
    public IReadOnlyList<string> VillageCodes { get; init; } = [];
    public IReadOnlyList<string> CollectedFields { get; init; } = [];
    public Guid? ReusesSubmissionId { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }
    public string? Frequency { get; init; }
    public bool Emergency { get; init; }
    public string? EmergencyReason { get; init; }
    public decimal FundingYuanPerVillage { get; init; }
    public bool StaffProvided { get; init; }
    public bool TrainingProvided { get; init; }
    public bool EquipmentProvided { get; init; }
    public string ContactName { get; init; } = "";
    public string ContactPhone { get; init; } = "";
    public IReadOnlyList<DemandSnapshot> Demands { get; init; } = [];
    public IReadOnlyList<string> AttachmentNames { get; init; } = [];

    public static SubmissionSnapshot Of(Submission s, IEnumerable<string> attachmentNames) => new()
    {
        Title = s.Title,
        Description = s.Description,
        LegalBasis = s.LegalBasis,
        ClaimedItemCodes = [.. s.ClaimedItemCodes],
        TargetOrgUnitCodes = [.. s.TargetOrgUnitCodes],
        VillageCodes = [.. s.Villages.Select(v => v.VillageCode).Order(StringComparer.Ordinal)],
        CollectedFields = [.. s.CollectedFields],
        ReusesSubmissionId = s.ReusesSubmissionId,
        StartDate = s.StartDate,
        EndDate = s.EndDate,
        Frequency = s.Frequency,
        Emergency = s.Emergency,
        EmergencyReason = s.EmergencyReason,
        FundingYuanPerVillage = s.FundingYuanPerVillage,
        StaffProvided = s.StaffProvided,
        TrainingProvided = s.TrainingProvided,
        EquipmentProvided = s.EquipmentProvided,
        ContactName = s.ContactName,
        ContactPhone = s.ContactPhone,
        Demands = [.. s.Demands.OrderBy(d => d.Position).Select(d => new DemandSnapshot(d.Kind, d.Count, d.Period, d.Certificate, d.Signboard, d.Note))],
        AttachmentNames = [.. attachmentNames],
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SubmissionSnapshot FromJson(string json) => JsonSerializer.Deserialize<SubmissionSnapshot>(json, Json)
        ?? throw new InvalidOperationException("a stored submission version is empty");
}
