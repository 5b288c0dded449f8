namespace TaskAdmission.Web.Security;

/// <summary>Signed in; password right and a second factor is next; failed (one answer for every reason); too many failures.</summary>
public enum PasswordSignInOutcome
{
    SignedIn,
    SecondFactor,
    Failed,
    Throttled,
}
