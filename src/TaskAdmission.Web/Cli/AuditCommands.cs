using System.Globalization;
using System.Text.Json;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Audit;

namespace TaskAdmission.Web.Cli;

/// <summary>
/// <c>verify-audit</c> and <c>audit-head</c>: check the audit record end to end (exit 1 names the first broken entry and
/// every decision that no longer matches its seal), and export the chain's head for an outside party to hold.
/// </summary>
public static class AuditCommands
{
    public static async Task<int> VerifyAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        var heads = (args.Optional("head") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(h => AuditChainHead.Parse(h) ?? throw new CliUsageException($"--head takes <sequence>:<sha256 hex>, not '{h}'"))
            .ToList();
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var result = await services.GetRequiredService<AuditChainService>().VerifyAsync(heads);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"checked {result.Checked} audit entries and {result.DecisionsChecked} decisions in {result.Elapsed.TotalSeconds:0.0} s; head {result.Head}"));
        if (result.FirstBreak is { } broken)
        {
            output.WriteLine($"BROKEN: {Describe(broken)}");
        }
        foreach (var finding in result.BrokenDecisions)
        {
            output.WriteLine($"DECISION {finding.DecisionId} of submission {finding.SubmissionNumber}: {(finding.Integrity == DecisionIntegrity.Mismatch ? "does not match its audit entry" : "no audit entry seals it")}");
        }
        if (result.Intact)
        {
            output.WriteLine(heads.Count > 0 ? $"intact, and the {heads.Count} exported head(s) are still in the chain" : "intact");
            return 0;
        }
        return 1;
    }

    public static async Task<int> HeadAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        var head = await services.GetRequiredService<AuditChainService>().HeadAsync();
        output.WriteLine(JsonSerializer.Serialize(new
        {
            format = "ta-audit-v1",
            sequence = head.Sequence,
            hash = head.Hash,
            atUtc = head.AtUtc,
            exportedAtUtc = DateTime.UtcNow,
            verifyWith = $"verify-audit --head {head}",
        }, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    public static string Describe(AuditBreak broken) => broken.Kind switch
    {
        AuditBreakKind.Altered => $"entry {broken.Sequence} (row {broken.EntryId}) was changed after it was written",
        AuditBreakKind.Unlinked => $"entry {broken.Sequence} (row {broken.EntryId}) does not follow entry {broken.Sequence - 1}: that entry was rewritten",
        AuditBreakKind.Missing => $"entry {broken.Sequence} is missing (deleted)",
        AuditBreakKind.Unsealed => $"row {broken.EntryId} was written into audit_entries past the app (no seal)",
        AuditBreakKind.Rewritten => $"entry {broken.Sequence} (row {broken.EntryId}) differs from the exported head: the chain was rewritten up to it",
        _ => $"the chain ends before entry {broken.Sequence} of an exported head: entries at its end were deleted",
    };
}
