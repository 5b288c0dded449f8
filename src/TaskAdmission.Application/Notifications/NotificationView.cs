using TaskAdmission.Core.Notifications;

namespace TaskAdmission.Application.Notifications;

/// <summary>One notification as a person sees it.</summary>
public sealed record NotificationView(Guid Id, NotificationKind Kind, string Subject, string Link, DateTime CreatedAtUtc, bool Read);
