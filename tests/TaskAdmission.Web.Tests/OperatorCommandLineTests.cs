using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Persistence.Audit;
using TaskAdmission.Core.Burden;
using TaskAdmission.Core.Lists;
using TaskAdmission.Testing;
using TaskAdmission.Web.Cli;

namespace TaskAdmission.Web.Tests;

/// <summary>The operator verbs against a real SQLite file, as an operator would run them.</summary>
public sealed class OperatorCommandLineTests : IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, "cli");

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = [.. args, "--Database:Provider=Sqlite", $"--ConnectionStrings:Default={database.ConnectionString}", "--Logging:LogLevel:Default=Warning"];
        var exit = await OperatorCommandLine.RunAsync(all, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task CreateApiKey_PrintsKeyOnLastLine_AfterSeedDemo()
    {
        Assert.Equal(0, (await RunAsync("seed-demo")).Exit);

        var (exit, output, _) = await RunAsync("create-api-key", "--department", "CITY-MZ", "--name", "民政业务系统");

        Assert.Equal(0, exit);
        var last = output.TrimEnd().Split('\n')[^1].Trim();
        Assert.Matches("^ta_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", last);
    }

    [Fact]
    public async Task CreateApiKey_Exits1WithReason_WhenDepartmentIsUnknown()
    {
        await RunAsync("seed-demo");

        var (exit, _, error) = await RunAsync("create-api-key", "--department", "NOPE");

        Assert.Equal(1, exit);
        Assert.Contains("NOPE", error);
    }

    [Fact]
    public async Task CreateApiKey_Exits2WithUsage_WhenDepartmentIsMissing()
    {
        var (exit, _, error) = await RunAsync("create-api-key");

        Assert.Equal(2, exit);
        Assert.Contains("--department is required", error);
        Assert.Contains("usage:", error);
    }

    [Fact]
    public async Task ImportOrgUnits_Exits1AndListsLines_WhenFileIsMalformed()
    {
        var file = Path.Combine(Path.GetDirectoryName(database.ConnectionString["Data Source=".Length..])!, "bad.csv");
        await File.WriteAllTextAsync(file, "code,parent_code,kind,name_zh,name_en\n990000000000,,City,示范市,Demo\n990000000000,,City,示范市,Demo\n");

        var (exit, output, error) = await RunAsync("import-org-units", file);

        Assert.Equal(1, exit);
        Assert.Contains("line 3, code", output);
        Assert.Contains("nothing imported", error);
    }

    [Fact]
    public async Task ImportList_CreatesADraft_ThatTheStoreLists()
    {
        await RunAsync("seed-demo");
        var file = RepositoryPaths.ReferenceData("demo-lists.csv");

        var (exit, output, error) = await RunAsync("import-list", file, "--authority", "990000000000", "--name", "示范市村级事项清单", "--version", "2027版");

        Assert.True(exit == 0, error);
        var draft = Guid.Parse(System.Text.RegularExpressions.Regex.Match(output, "draft ([0-9a-f-]{36})").Groups[1].Value);
        await using var db = Context();
        var set = await db.ListSets.FindAsync(draft);
        Assert.NotNull(set);
        Assert.Equal("2027版", set.VersionLabel);
        Assert.Equal(ListSetStatus.Draft, set.Status);
        Assert.Equal(File.ReadAllLines(file).Length - 1, db.ListItems.Count(i => i.ListSetId == draft));
    }

    [Fact]
    public async Task ImportList_Exits1WithTheRowOfEachProblem_AndWritesNothing()
    {
        await RunAsync("seed-demo");
        var file = Path.Combine(Path.GetDirectoryName(database.ConnectionString["Data Source=".Length..])!, "bad-list.csv");
        await File.WriteAllTextAsync(file, "list_kind,code,title_zh,title_en,category,department,legal_basis,allowed_demands\nAutonomy,ZZ-01,召集村民会议,,民主决策,,村民委员会组织法,Meeting\nNoSuchKind,ZZ-02,标题,,分类,,依据,Meeting\n");
        await using var before = Context();
        var sets = before.ListSets.Count();

        var (exit, output, error) = await RunAsync("import-list", file, "--authority", "990000000000", "--name", "坏文件", "--version", "x");

        Assert.Equal(1, exit);
        Assert.Matches("(第3行|Row 3).*list_kind", output);
        Assert.Contains("nothing imported", error);
        await using var after = Context();
        Assert.Equal(sets, after.ListSets.Count());
    }

    [Fact]
    public async Task BurdenRebuild_CountsTheLostLedgerAgain_AsDispatchHadKeptIt()
    {
        Assert.Equal(0, (await RunAsync("seed-demo", "--Burden:DemoWork=true")).Exit);
        List<string> kept;
        await using (var db = Context())
        {
            kept = await LedgerAsync(db);
            Assert.NotEmpty(kept);
            await db.BurdenLedger.ExecuteDeleteAsync();
        }

        var (exit, output, error) = await RunAsync("burden-rebuild");

        Assert.True(exit == 0, error);
        Assert.Contains($"burden ledger rebuilt: {kept.Count} rows", output);
        await using var after = Context();
        Assert.Equal(kept, await LedgerAsync(after));
    }

    private static async Task<List<string>> LedgerAsync(AppDbContext db) =>
        (await db.BurdenLedger.AsNoTracking().ToListAsync())
            .Select(r => $"{r.VillageCode} {r.Year} {r.Kind} {r.DepartmentCode} {r.Source}: {string.Join(",", Enumerable.Range(0, BurdenCounts.Width).Select(i => r.Counts[i]))}")
            .Order(StringComparer.Ordinal).ToList();

    private SqliteAppDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).AddInterceptors(AuditChainCommitInterceptor.Instance).Options);

    [Fact]
    public async Task CreateUser_RefusesVillageRoleAtTownshipScope()
    {
        await RunAsync("seed-demo");

        var (exit, _, error) = await RunAsync("create-user", "--username", "cun1", "--name", "测试", "--password", "Good@Pass123", "--role", "VillageCommittee", "--scope", "990100100000");

        Assert.Equal(1, exit);
        Assert.Contains("ScopeLevelMismatch", error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("verify-adit")]
    public async Task UnknownVerb_IsAnError_NotAServerStart(string verb)
    {
        Assert.True(OperatorCommandLine.IsVerb([verb]));

        var (exit, _, error) = await RunAsync(verb);

        Assert.Equal(2, exit);
        Assert.Contains($"unknown verb '{verb}'", error);
        Assert.Contains("usage:", error);
    }

    [Theory]
    [InlineData("--urls=http://127.0.0.1:0")]
    [InlineData("urls=http://127.0.0.1:0")]
    [InlineData("--environment")]
    public void HostSettings_AreNoVerb(string arg) => Assert.False(OperatorCommandLine.IsVerb([arg, "Development"]));

    [Fact]
    public async Task VerifyAudit_PassesOnTheSeededRecord_AndAuditHeadExportsItsHead()
    {
        await RunAsync("seed-demo");

        var (exit, output, _) = await RunAsync("verify-audit");
        var (headExit, head, _) = await RunAsync("audit-head");

        Assert.Equal(0, exit);
        Assert.Contains("intact", output);
        Assert.Equal(0, headExit);
        var json = System.Text.Json.JsonDocument.Parse(head).RootElement;
        var exported = $"{json.GetProperty("sequence").GetInt64()}:{json.GetProperty("hash").GetString()}";
        Assert.Equal(0, (await RunAsync("verify-audit", "--head", exported)).Exit);
        Assert.Equal(2, (await RunAsync("verify-audit", "--head", "12:nothex")).Exit);
    }
}
