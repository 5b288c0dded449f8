using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;
using TaskAdmission.Web.Cli;

namespace TaskAdmission.Web.Tests.Audit;

/// <summary>
/// An intruder with the database owner's rights switches the append-only triggers off and rewrites a decision, then an
/// audit entry: the screens show the decision as not matching its record, and <c>verify-audit</c> and the admin page
/// name what was changed. One test per provider, on an app of its own (the record stays broken afterwards).
/// </summary>
public abstract class AuditTamperingTests(TestApp app)
{
    private readonly VillageScenario scenario = new(app.Services);

    private async Task<(int Exit, string Output)> VerifyAuditAsync()
    {
        var output = new StringWriter();
        var exit = await OperatorCommandLine.RunAsync(
            ["verify-audit", $"--Database:Provider={app.Provider}", $"--ConnectionStrings:Default={app.App.Configuration.GetConnectionString("Default")}", "--Logging:LogLevel:Default=Warning"],
            output, new StringWriter());
        return (exit, output.ToString());
    }

    private static async Task<string?> IntegrityOnPageAsync(HttpClient client, Guid submission) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync($"/admission/submissions/{submission}"))
            .QuerySelector(".ta-timeline [data-decision=Admit] [data-integrity]")?.GetAttribute("data-integrity");

    [Fact]
    public async Task Tampering_IsShownOnTheScreens_AndNamedByVerifyAudit()
    {
        var submission = await scenario.SubmitAsync("审计核验用的走访", VillageScenario.ShiqiaoVillage);
        var decision = await scenario.DecideAsync(submission.Id, VillageScenario.Shiqiao, DecisionKind.Admit, "符合协助清单");
        var department = await app.SignedInClientAsync("submitter");
        var admin = await app.SignedInClientAsync("admin");
        Assert.Equal("Verified", await IntegrityOnPageAsync(department, submission.Id));
        Assert.Equal(0, (await VerifyAuditAsync()).Exit);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await Assert.ThrowsAnyAsync<Exception>(() => db.Decisions.Where(d => d.Id == decision.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Reason, "不符合")));
            await AuditTampering.WithoutTriggersAsync(db, "decisions",
                () => db.Decisions.Where(d => d.Id == decision.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Reason, "不符合,但仍准入")));
        }

        Assert.Equal("Mismatch", await IntegrityOnPageAsync(department, submission.Id));
        var village = await app.SignedInClientAsync("village");
        Assert.Contains("data-integrity=\"Mismatch\"", await village.GetStringAsync("/village"));
        var (exit, output) = await VerifyAuditAsync();
        Assert.Equal(1, exit);
        Assert.Contains($"DECISION {decision.Id} of submission {submission.Number}: does not match its audit entry", output);

        long sequence;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            sequence = await db.AuditEntries.Where(e => e.Action == "submission.create" && e.Subject == $"submission:{submission.Number}").Select(e => e.Sequence!.Value).SingleAsync();
            await AuditTampering.WithoutTriggersAsync(db, "audit_entries",
                () => db.AuditEntries.Where(e => e.Sequence == sequence).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "someone-else")));
        }

        (exit, output) = await VerifyAuditAsync();
        Assert.Equal(1, exit);
        Assert.Contains($"BROKEN: entry {sequence} ", output);
        Assert.Contains("was changed after it was written", output);
        var page = await TestApp.PostFormAsync(admin, "/admin/audit", "verify-audit");
        var broken = page.QuerySelector("#verify-result [data-break]")!;
        Assert.Equal(("Altered", sequence.ToString()), (broken.GetAttribute("data-break"), broken.GetAttribute("data-sequence")));
        Assert.Contains(submission.Number, page.QuerySelector("#verify-result [data-decision]")!.TextContent);
        var viewer = new HtmlParser().ParseDocument(await admin.GetStringAsync($"/audit?before={sequence + 1}"));
        Assert.Contains("table-danger", viewer.QuerySelector($"#audit-entries tr[data-sequence='{sequence}']")!.ClassName);
    }
}

public sealed class SqliteAuditTamperingTests(SqliteTestApp app) : AuditTamperingTests(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresAuditTamperingTests(PostgresTestApp app) : AuditTamperingTests(app), IClassFixture<PostgresTestApp>;
