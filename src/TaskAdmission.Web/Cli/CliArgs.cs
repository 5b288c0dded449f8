namespace TaskAdmission.Web.Cli;

/// <summary>
/// The verb's arguments: <c>--name value</c> options, positional values, and <c>--Section:Key=value</c> host settings.
/// Hand-rolled because System.CommandLine is not on the package mirror and seven verbs do not need it.
/// </summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string> options = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> positional = [];
    private readonly List<string> hostArgs = [];

    public string[] HostArgs => [.. hostArgs];

    public static CliArgs Parse(IEnumerable<string> args)
    {
        var result = new CliArgs();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg.StartsWith("--", StringComparison.Ordinal) && (arg.Contains(':') || arg.Contains('=')))
            {
                result.hostArgs.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                result.options[arg[2..]] = e.MoveNext() ? e.Current : throw new FormatException($"{arg} needs a value");
            }
            else
            {
                result.positional.Add(arg);
            }
        }
        return result;
    }

    public string Required(string name) =>
        options.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new CliUsageException($"--{name} is required");

    public string? Optional(string name) => options.GetValueOrDefault(name);

    /// <summary>
    /// A relative file path as the operator meant it. `dotnet run --project` starts the app in the project folder,
    /// so relative paths are resolved against the shell's folder (PWD) when that names an existing file.
    /// </summary>
    public static string ResolvePath(string arg)
    {
        if (Path.IsPathRooted(arg) || arg.StartsWith('-') || File.Exists(arg))
        {
            return arg;
        }
        var shell = Environment.GetEnvironmentVariable("PWD");
        return shell is not null && File.Exists(Path.Combine(shell, arg)) ? Path.Combine(shell, arg) : arg;
    }

    public string Positional(int index, string what) =>
        index < positional.Count ? positional[index] : throw new CliUsageException($"<{what}> is required");
}
