using TaskAdmission.Core.Notifications;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages.Dispatch;

/// <summary>The rows one dispatch writes: an assignment and a notification per village.</summary>
public sealed record DispatchPlan(IReadOnlyList<Assignment> Assignments, IReadOnlyList<Notification> Notifications);
