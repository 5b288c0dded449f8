namespace TaskAdmission.Web.Cli;

/// <summary>The command line was wrong (exit code 2, usage printed).</summary>
public sealed class CliUsageException(string message) : Exception(message);
