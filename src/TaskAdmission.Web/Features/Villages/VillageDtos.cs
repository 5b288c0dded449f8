using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Application.Villages;

namespace TaskAdmission.Web.Features.Villages;

/// <summary>GET /api/v1/villages/me/assignments: the village's open (or, with status=done, done) work grouped by due date.</summary>
public sealed record InboxResponse(string VillageCode, List<DueGroupDto> Groups);

public sealed record DueGroupDto(DateOnly DueDate, List<AssignmentDto> Assignments);

/// <summary>One assignment: what is asked, why it was admitted, by when, the support promised and its state.</summary>
public sealed record AssignmentDto(
    Guid Id,
    string Title,
    string DepartmentCode,
    string DepartmentName,
    string Status,
    DateOnly StartDate,
    DateOnly DueDate,
    DateOnly EndDate,
    bool Emergency,
    List<DemandDto> Demands,
    List<ListItemDto> ListItems,
    DecisionDto Decision,
    SupportDto Support,
    bool ExitPending)
{
    public static AssignmentDto From(AssignmentView v) => new(
        v.Id, v.Title, v.DepartmentCode, v.DepartmentName(VillageText.English), v.Status.ToString(), v.StartDate, v.DueDate, v.EndDate, v.Emergency,
        [.. v.Demands.Select(DemandDto.From)], [.. v.ListItems.Select(i => new ListItemDto(i.Code, i.Title(VillageText.English)))],
        new DecisionDto(v.Decision.Kind.ToString(), v.Decision.OrgUnitCode, v.Decision.OrgUnitName(VillageText.English), v.Decision.DecidedAtUtc, v.Decision.Reason, v.Decision.Conditions),
        new SupportDto(v.Support.FundingYuan, v.Support.Funding.ToString(), v.Support.Training.ToString(), v.Support.Staff.ToString(), v.Support.Equipment.ToString()),
        v.ExitPending);
}

public sealed record DemandDto(string Kind, int Count, string Period, string? Certificate, string? Signboard, string? Note)
{
    public static DemandDto From(DemandRequest d) => new(d.Kind.ToString(), d.Count, d.Period.ToString(), d.Certificate, d.Signboard, d.Note);
}

public sealed record ListItemDto(string Code, string Title);

public sealed record DecisionDto(string Kind, string OrgUnitCode, string OrgUnitName, DateTime DecidedAtUtc, string Reason, string? Conditions);

/// <summary>Support promised; each state is NotPromised, Pending, Arrived or Missing.</summary>
public sealed record SupportDto(decimal FundingYuan, string Funding, string Training, string Staff, string Equipment);

/// <summary>GET /api/v1/villages/me/assignments/search: admitted is false when nothing matched (the demand was not admitted).</summary>
public sealed record SearchResponse(bool Admitted, List<AssignmentDto> Matches);

public sealed record VillageReportDto(string Number, string? DepartmentCode, string DepartmentName, string Demand, string Channel, DateOnly DemandedOn,
    bool Anonymous, string Status, string? Finding, string? Action);
