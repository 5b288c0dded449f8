namespace TaskAdmission.Application.Notifications;

/// <summary>One person a notification reaches, with the addresses a channel may use (either may be missing).</summary>
public sealed record NotificationRecipient(string UserName, string DisplayName, string? Email, string? PhoneNumber);
