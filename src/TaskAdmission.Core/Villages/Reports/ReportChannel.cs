namespace TaskAdmission.Core.Villages.Reports;

/// <summary>How the unadmitted demand reached the village.</summary>
public enum ReportChannel
{
    Phone,
    WorkChat,
    Paper,
    Meeting,
    InPerson,
    App,
    Other,
}
