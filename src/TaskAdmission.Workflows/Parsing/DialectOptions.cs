namespace TaskAdmission.Workflows.Parsing;

/// <summary>
/// How the Flowable/Activiti dialect maps onto this engine. The engine knows no domain: which group is which role, which
/// form is which screen and which Java class is which service activity is configuration the host supplies.
/// Anything a file names that is not mapped here is refused at deploy time, naming the missing key.
/// </summary>
public sealed class DialectOptions
{
    /// <summary><c>candidateGroups</c> names → roles and scope.</summary>
    public Dictionary<string, CandidateGroupMapping> CandidateGroups { get; set; } = new(StringComparer.Ordinal);

    /// <summary><c>formKey</c> values → the host's form keys (business screens).</summary>
    public Dictionary<string, string> FormKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary><c>class</c> names and <c>delegateExpression</c> bean names (without <c>${ }</c>) → registered service activity types.</summary>
    public Dictionary<string, string> ServiceTypes { get; set; } = new(StringComparer.Ordinal);
}
