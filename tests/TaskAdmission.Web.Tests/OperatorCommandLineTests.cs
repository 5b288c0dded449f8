using TaskAdmission.Data;
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
    public async Task CreateUser_RefusesVillageRoleAtTownshipScope()
    {
        await RunAsync("seed-demo");

        var (exit, _, error) = await RunAsync("create-user", "--username", "cun1", "--name", "测试", "--password", "Good@Pass123", "--role", "VillageCommittee", "--scope", "990100100000");

        Assert.Equal(1, exit);
        Assert.Contains("ScopeLevelMismatch", error);
    }
}
