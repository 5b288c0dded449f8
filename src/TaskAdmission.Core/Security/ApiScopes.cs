namespace TaskAdmission.Core.Security;

/// <summary>
/// The OAuth 2.0 scopes a department system's client may be granted. A token carries some of them; an API key or a
/// person's cookie is not scoped (the role and the department decide alone).
/// </summary>
public static class ApiScopes
{
    /// <summary>POST /api/v1/precheck.</summary>
    public const string Precheck = "admission.precheck";

    /// <summary>Every other call that changes something: submit, withdraw.</summary>
    public const string Submit = "admission.submit";

    /// <summary>Every GET.</summary>
    public const string Read = "admission.read";

    public static readonly IReadOnlyList<string> All = [Precheck, Submit, Read];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
