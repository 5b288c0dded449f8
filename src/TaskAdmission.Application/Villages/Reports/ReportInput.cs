using TaskAdmission.Core.Villages.Reports;

namespace TaskAdmission.Application.Villages.Reports;

/// <summary>What a village reports: which department (a known code, or a name), what, how, when, optional evidence.</summary>
public sealed record ReportInput(
    string? DepartmentCode,
    string? DepartmentName,
    string Demand,
    ReportChannel Channel,
    DateOnly DemandedOn,
    FileUpload? Evidence = null,
    bool Anonymous = true);
