namespace TaskAdmission.Workflows.Parsing;

/// <summary>Whether a problem stops a deployment.</summary>
public enum ProblemSeverity
{
    /// <summary>The file cannot be deployed.</summary>
    Error,

    /// <summary>The file deploys, but something in it has no effect or may not behave as drawn.</summary>
    Warning,
}
