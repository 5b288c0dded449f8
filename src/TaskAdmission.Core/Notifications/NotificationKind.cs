namespace TaskAdmission.Core.Notifications;

/// <summary>What happened. Persisted by name; the text of each is in the web app's VillagesResource.</summary>
public enum NotificationKind
{
    AssignmentDispatched,
    AssignmentCancelled,
    AssignmentDueSoon,
    SubmissionReturned,
    SubmissionDecided,
    Revoked,
    ExitRequested,
    ExitApproved,
    ExitDeclined,
    SupportFlagged,
    ReportReceived,
    ReportClosed,
    PurchaseStarted,
    PurchaseAgreementToConfirm,
    PurchaseAgreementSigned,
    PurchaseMilestoneDecided,
    PurchasePaymentRecorded,
    PurchaseAcceptanceOverdue,
}
