namespace TaskAdmission.Web.Security;

/// <summary>What the sign-in form shows next; <see cref="RetryAfter"/> is set when throttled.</summary>
public sealed record PasswordSignInResult(PasswordSignInOutcome Outcome, TimeSpan? RetryAfter);
