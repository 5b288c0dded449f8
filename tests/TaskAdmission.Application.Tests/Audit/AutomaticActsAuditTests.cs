using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Audit;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Audit;

/// <summary>What the system decides on its own — a pre-check refusal, an emergency admission — is audited and sealed like a person's decision.</summary>
public sealed class AutomaticActsAuditTests(SqliteApplicationHost host) : IClassFixture<SqliteApplicationHost>
{
    private readonly VillageScenario scenario = new(host.Services);

    private async Task<(AuditEntrySummary Entry, DecisionIntegrity Integrity)> SealOfOnlyDecisionAsync(Guid submissionId) =>
        await scenario.WithAsync(async sp =>
        {
            var submission = await sp.GetRequiredService<AdmissionService>().GetAsync(submissionId, VillageScenario.Submitter) ?? throw new InvalidOperationException();
            var decision = submission.Decisions.Single();
            var entry = await sp.GetRequiredService<AppDbContext>().AuditEntries
                .SingleAsync(e => e.Subject == $"submission:{submission.Number}" && e.Action.StartsWith("decision."));
            var checks = await sp.GetRequiredService<DecisionIntegrityService>().CheckAsync(submission);
            return (new AuditEntrySummary(entry.Actor, entry.Action, DecisionSeal.Read(entry.Details)?.DecisionId), checks[decision.Id]);
        });

    [Fact]
    public async Task PrecheckRefusal_IsAuditedAsTheSystemsDecision()
    {
        var today = await scenario.TodayAsync();
        var input = VillageScenario.Input(today, "招商引资任务", [VillageScenario.Shiqiao]);
        var submission = await scenario.WithAsync<AdmissionService, Submission>(s => s.CreateAsync(
            input with { Request = input.Request with { Description = "请各村完成年度招商引资任务。" } }, VillageScenario.Submitter, start: true));

        var (entry, integrity) = await SealOfOnlyDecisionAsync(submission.Id);

        Assert.Equal("system:precheck", entry.Actor);
        Assert.Equal("decision.Reject", entry.Action);
        Assert.NotNull(entry.DecisionId);
        Assert.Equal(DecisionIntegrity.Verified, integrity);
    }

    [Fact]
    public async Task EmergencyAdmission_IsAuditedAsTheSystemsDecision()
    {
        var submission = await scenario.SubmitEmergencyAsync("突发洪水核查", VillageScenario.Shiqiao);

        var (entry, integrity) = await SealOfOnlyDecisionAsync(submission.Id);

        Assert.Equal(("system:emergency", "decision.EmergencyAdmission"), (entry.Actor, entry.Action));
        Assert.Equal(DecisionIntegrity.Verified, integrity);
    }

    public sealed record AuditEntrySummary(string Actor, string Action, Guid? DecisionId);
}
