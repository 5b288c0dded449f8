namespace TaskAdmission.Benchmarks.Villages;

/// <summary>name=value arguments with defaults.</summary>
public sealed class HarnessArgs(string[] args)
{
    private readonly Dictionary<string, string> values = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) && int.TryParse(v, out var n) ? n : fallback;

    public double Double(string name, double fallback) =>
        values.TryGetValue(name, out var v) && double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
