using TaskAdmission.Workflows.Calendar;
using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Parsing;

namespace TaskAdmission.Workflows.Cli;

/// <summary>The <c>workflow validate|run</c> command line, hosted by the web app's command mode.</summary>
public sealed class WorkflowCommandLine(IServiceActivityResolver? activities = null, WorkingCalendar? calendar = null, BpmnParserOptions? parsing = null)
{
    /// <summary>Usage text printed on exit code 2.</summary>
    public const string Usage = """
        usage:
          workflow validate <file.bpmn>
          workflow run <file.bpmn> [--var name=value ...] [--complete <taskDefinitionId>=<json vars> ...] [--calendar <calendar.csv>]

        validate  prints "valid" (exit 0) or one line per problem "<id> line <n>: <message>" (exit 1);
                  warnings ("<id> line <n>: warning: <message>") are printed either way and do not fail
        run       runs an in-memory instance: completes user tasks in the order given (repeat --complete for
                  multi-instance tasks), fast-forwards timers, stubs unregistered service tasks, and prints the
                  path taken and the final variables (exit 0; 1 on invalid file or run error)
        exit 2    usage error
        """;

    /// <summary>Runs the command synchronously; returns 0 ok, 1 invalid file or run error, 2 usage error.</summary>
    public int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error).GetAwaiter().GetResult();

    /// <summary>Runs the command; returns 0 ok, 1 invalid file or run error, 2 usage error.</summary>
    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        // The host may pass its own leading "workflow" verb through; accept both forms.
        var rest = args.SkipWhile((a, i) => i == 0 && a == "workflow").ToList();
        if (rest.Count < 2 || rest[0] is not ("validate" or "run"))
        {
            return UsageError(error, rest.Count == 0 ? "missing command" : rest[0] is "validate" or "run" ? "missing <file.bpmn>" : $"unknown command '{rest[0]}'");
        }

        if (rest[0] == "validate")
        {
            return rest.Count == 2 ? Validate(rest[1], output, error) : UsageError(error, $"unexpected argument '{rest[2]}'");
        }

        var options = CliRunOptions.Parse(rest.Skip(1).ToList(), out var problem);
        if (options is null) return UsageError(error, problem!);
        if (ReadFile(options.File, output, error) is not { } xml) return 1;
        var parsed = BpmnParser.Parse(xml, parsing);
        if (!parsed.IsValid) return PrintProblems(parsed, output);

        WorkingCalendar runCalendar;
        try
        {
            runCalendar = options.CalendarFile is null ? calendar ?? WorkingCalendar.WeekdaysOnly : WorkingCalendarCsv.Load(options.CalendarFile);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot read calendar: {e.Message}");
            return 1;
        }

        try
        {
            return await new CliRunner(options, activities, output).RunAsync(xml, runCalendar, parsing ?? BpmnParserOptions.Default, cancellationToken);
        }
        catch (Exception e) when (e is WorkflowOperationException or WorkflowConflictException)
        {
            error.WriteLine($"run error: {e.Message}");
            return 1;
        }
    }

    private int Validate(string file, TextWriter output, TextWriter error)
    {
        if (ReadFile(file, output, error) is not { } xml) return 1;
        var result = BpmnParser.Parse(xml, parsing);
        if (!result.IsValid) return PrintProblems(result, output);
        foreach (var warning in result.Warnings) output.WriteLine(warning.ToString());
        output.WriteLine("valid");
        return 0;
    }

    private static int PrintProblems(BpmnParseResult result, TextWriter output)
    {
        foreach (var problem in result.Problems.Concat(result.Warnings).OrderBy(p => p.Line)) output.WriteLine(problem.ToString());
        return 1;
    }

    private static string? ReadFile(string file, TextWriter output, TextWriter error)
    {
        try
        {
            // Decoded as an XML reader would (byte-order mark, else the declared encoding, else UTF-8); bytes that are
            // not valid in that encoding are a problem of the file, printed like any other.
            var text = BpmnFileText.Read(file, out var problem);
            if (problem is not null) output.WriteLine(problem.ToString());
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot read {file}: {e.Message}");
            return null;
        }
    }

    private static int UsageError(TextWriter error, string problem)
    {
        error.WriteLine($"error: {problem}");
        error.WriteLine(Usage);
        return 2;
    }
}
