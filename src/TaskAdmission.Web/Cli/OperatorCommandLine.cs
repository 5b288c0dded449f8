using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application;
using TaskAdmission.Application.Identity;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Seeding;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Security;
using TaskAdmission.Web.Features.Lists;
using TaskAdmission.Web.Localization;
using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Cli;

namespace TaskAdmission.Web.Cli;

/// <summary>
/// Operator verbs run instead of the web server: <c>dotnet run --project src/TaskAdmission.Web -- &lt;verb&gt; ...</c>.
/// Exit codes: 0 done, 1 the work failed (the message says why), 2 the command line was wrong.
/// </summary>
public static class OperatorCommandLine
{
    private static readonly Actor Operator = Actor.SystemAdministrator("cli");

    private static readonly Dictionary<string, Func<CliArgs, IServiceProvider, TextWriter, Task<int>>> Verbs = new()
    {
        ["migrate"] = MigrateAsync,
        ["seed-demo"] = SeedDemoAsync,
        ["import-org-units"] = ImportOrgUnitsAsync,
        ["import-departments"] = ImportDepartmentsAsync,
        ["import-list"] = ImportListAsync,
        ["create-user"] = CreateUserAsync,
        ["create-api-key"] = CreateApiKeyAsync,
        ["client"] = ClientCommands.RunAsync,
        ["schema-script"] = SchemaScriptAsync,
        ["verify-audit"] = AuditCommands.VerifyAsync,
        ["audit-head"] = AuditCommands.HeadAsync,
        ["backup"] = SqliteBackup.RunAsync,
        ["burden-rebuild"] = BurdenRebuildAsync,
    };

    /// <summary>
    /// Whether the command line names a verb rather than host settings (<c>--urls=…</c>, <c>urls=…</c>). A word that is
    /// no verb is an error (exit 2), never a reason to start the server.
    /// </summary>
    public static bool IsVerb(string[] args) => args.Length > 0 && (args[0] is "--help" || (!args[0].StartsWith('-') && !args[0].Contains('=')));

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args[0] is "help" or "--help")
        {
            output.WriteLine(Usage);
            return 0;
        }
        if (args[0] != "workflow" && !Verbs.ContainsKey(args[0]))
        {
            error.WriteLine($"unknown verb '{args[0]}'");
            error.WriteLine(Usage);
            return 2;
        }
        if (args[0] == "workflow")
        {
            // In-memory, with the national working-day calendar and the configured dialect mapping; needs no database.
            using var calendar = new StreamReader(DemoFiles.Open("cn-working-calendar.csv"));
            var configuration = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
            return await new WorkflowCommandLine(calendar: WorkingCalendarCsv.Parse(calendar), parsing: Hosting.WorkflowParsingConfiguration.Read(configuration))
                .RunAsync([.. args[1..].Select(CliArgs.ResolvePath)], output, error);
        }
        CliArgs parsed;
        try
        {
            parsed = CliArgs.Parse(args.Skip(1));
        }
        catch (FormatException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine(Usage);
            return 2;
        }
        var app = TaskAdmissionApp.Build(parsed.HostArgs);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            return await Verbs[args[0]](parsed, scope.ServiceProvider, output);
        }
        catch (CliUsageException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine(Usage);
            return 2;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or DbUpdateException or KeyNotFoundException or ArgumentOutOfRangeException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    public const string Usage = """
        usage: dotnet run --project src/TaskAdmission.Web -- <verb> [options]
          migrate                                   apply database migrations
          seed-demo                                 migrate and seed the demo city, departments and demo users
          import-org-units <file.csv>               import org units (code,parent_code,kind,name_zh,name_en)
          import-departments <file.csv>             import departments (code,org_code,name_zh,name_en)
          import-list <file.csv|xlsx> --authority <org code> --name <set name> --version <label> [--parent <set id>] [--check yes]
                                                    import a list file as a new draft (publish it in the console); --check yes writes nothing
          create-user --username <u> --name <display name> --password <p> --role <role> --scope <code>
          create-api-key --department <code> [--name <purpose>] [--days <1-730>]   (legacy X-Api-Key) prints the key on its last line
        """ + "\n" + ClientCommands.Usage + "\n" + """
          burden-rebuild                            count the burden ledger again from the assignments and founded reports (repair)
          schema-script                             print the DDL of the current model (for writing migrations)
          verify-audit [--head <seq>:<hash>[,...]]  check the audit chain and every decision's seal; exit 1 names the first broken entry
          audit-head                                print the audit chain's head as JSON, to hand to an outside party
          backup --to <file.db>                     SQLite: copy the live database (online backup API) and check the copy
          workflow validate <file.bpmn>             check a BPMN file against the supported subset
          workflow run <file.bpmn> [--var n=v ...] [--complete <taskId>=<json> ...]   run it in memory and print the path
        database: Database__Provider=Sqlite|Postgres, ConnectionStrings__Default=...
        """;

    private static async Task<int> MigrateAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        output.WriteLine("database migrated");
        return 0;
    }

    private static async Task<int> SeedDemoAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await services.GetRequiredService<DemoSeeder>().SeedAsync();
        output.WriteLine($"demo data seeded; demo password: {DemoUsers.Password}");
        return 0;
    }

    private static Task<int> ImportOrgUnitsAsync(CliArgs args, IServiceProvider services, TextWriter output) =>
        ImportAsync(args, services, output, (store, reader) => store.ImportUnitsAsync(reader, Operator).ContinueWith(t => (t.Result.Rows.Count, t.Result.Problems)));

    private static Task<int> ImportDepartmentsAsync(CliArgs args, IServiceProvider services, TextWriter output) =>
        ImportAsync(args, services, output, (store, reader) => store.ImportDepartmentsAsync(reader, Operator).ContinueWith(t => (t.Result.Rows.Count, t.Result.Problems)));

    private static async Task<int> ImportAsync(
        CliArgs args, IServiceProvider services, TextWriter output,
        Func<OrganisationService, TextReader, Task<(int Count, IReadOnlyList<Core.Common.ImportProblem> Problems)>> import)
    {
        var path = CliArgs.ResolvePath(args.Positional(0, "file.csv"));
        if (!File.Exists(path))
        {
            throw new IOException($"file not found: {path}");
        }
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        using var reader = new StreamReader(path);
        var (count, problems) = await import(services.GetRequiredService<OrganisationService>(), reader);
        if (problems.Count > 0)
        {
            var l = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
            foreach (var p in problems)
            {
                output.WriteLine($"line {p.Line}, {p.Column}: {l[$"Import.{p.Code}", p.Arguments]}");
            }
            throw new InvalidOperationException($"nothing imported: {problems.Count} problems");
        }
        output.WriteLine($"imported {count} rows");
        return 0;
    }

    private static async Task<int> ImportListAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        var path = CliArgs.ResolvePath(args.Positional(0, "file.csv|xlsx"));
        if (!File.Exists(path))
        {
            throw new IOException($"file not found: {path}");
        }
        var authority = args.Required("authority");
        var parent = args.Optional("parent") is { } p ? Guid.TryParse(p, out var id) ? id : throw new CliUsageException("--parent must be a list set id") : (Guid?)null;
        var checkOnly = args.Optional("check") is { } c && (c is "yes" or "true" ? true : c is "no" or "false" ? false : throw new CliUsageException("--check takes yes or no"));
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var format = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ListFileFormat.Xlsx : ListFileFormat.Csv;
        await using var file = File.OpenRead(path);
        // The operator acts as the authority's own list administrator; the store still checks the org unit and any parent.
        ListImportOutcome outcome;
        try
        {
            outcome = await services.GetRequiredService<ListService>().ImportDraftAsync(
                new ListDraftHeader(authority, args.Required("name"), args.Required("version"), parent),
                file, format, Actor.ListAdministrator(Operator.UserName, authority), checkOnly);
        }
        catch (RefusalException refusal)
        {
            var l = services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<ListsResource>>();
            foreach (var problem in refusal.Problems)
            {
                output.WriteLine(problem is ListProblem listProblem ? ListText.Problem(listProblem) : l[$"Refusal.{problem.Code}"]);
            }
            throw new InvalidOperationException(refusal.Kind == RefusalKind.NotFound
                ? $"nothing imported: org unit {authority} (or the parent set) not found"
                : $"nothing imported: {Math.Max(refusal.Problems.Count, 1)} problems", refusal);
        }
        var counts = string.Join(", ", outcome.KindCounts.Select(k => $"{ListText.Kind(k.Key)} {k.Value}"));
        output.WriteLine(checkOnly
            ? $"check passed, nothing written: {outcome.RowsRead} rows ({counts})"
            : $"draft {outcome.SetId} created from {outcome.RowsRead} rows ({counts}); review and publish it in the console");
        return 0;
    }

    private static async Task<int> BurdenRebuildAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var rows = await services.GetRequiredService<Application.Burden.BurdenRebuildService>().RebuildAsync(Operator.UserName);
        output.WriteLine($"burden ledger rebuilt: {rows} rows");
        return 0;
    }

    private static async Task<int> CreateUserAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var input = new NewUser(args.Required("username"), args.Required("name"), args.Required("password"), args.Required("role"), args.Required("scope"));
        try
        {
            await services.GetRequiredService<UserService>().CreateAsync(input, Operator);
        }
        catch (RefusalException refusal)
        {
            throw new InvalidOperationException($"user not created: {string.Join(", ", refusal.Problems.Select(p => p.Code))}", refusal);
        }
        output.WriteLine($"created user {input.UserName} ({input.Role}, scope {input.ScopeCode})");
        return 0;
    }

    private static async Task<int> CreateApiKeyAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var department = args.Required("department");
        var days = int.TryParse(args.Optional("days") ?? "365", out var d) ? d : throw new CliUsageException("--days must be a number");
        var (key, plain) = await services.GetRequiredService<ApiKeyService>()
            .IssueAsync(department, args.Optional("name") ?? "cli", days, Operator);
        output.WriteLine($"API key {key.Id} for {department}, expires {key.ExpiresAtUtc:yyyy-MM-dd} (UTC); shown once:");
        output.WriteLine(plain);
        return 0;
    }

    private static Task<int> SchemaScriptAsync(CliArgs args, IServiceProvider services, TextWriter output)
    {
        output.WriteLine(services.GetRequiredService<AppDbContext>().Database.GenerateCreateScript());
        return Task.FromResult(0);
    }
}
