namespace TaskAdmission.Application.Workflows.Tasks;

/// <summary>
/// Steps decided on a business screen (form keys <c>admission/…</c>, <c>reports/…</c>): their decision writes domain rows
/// (a decision, a finding), so the console completes, returns or withdraws them only there — the console still transfers,
/// delegates, reminds, copies and changes signers on them.
/// </summary>
public static class BusinessScreens
{
    private static readonly string[] Prefixes = ["admission/", "reports/"];

    public static bool Decides(string? formKey) => formKey is not null && Prefixes.Any(p => formKey.StartsWith(p, StringComparison.Ordinal));
}
