namespace TaskAdmission.Application.Audit;

/// <summary>
/// What the audit viewer asks for: an actor, an action (or its prefix, e.g. <c>decision.</c>), a subject (or its
/// prefix), China dates from/to (inclusive), and a page that ends before a sequence number. Empty parts match all.
/// </summary>
public sealed record AuditFilter(string? Actor = null, string? Action = null, string? Subject = null, DateOnly? From = null, DateOnly? To = null, long? Before = null);
