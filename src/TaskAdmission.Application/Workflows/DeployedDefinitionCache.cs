using System.Collections.Concurrent;
using System.Diagnostics;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Workflows;

/// <summary>
/// Deployed versions by process id and version — safe to share because a deployed version never changes — and, for a
/// short while, which version is the latest.
/// </summary>
/// <remarks>
/// A singleton per database: every engine command reads its definition, and this saves that round trip. Every start
/// without a version asks for the latest one; that answer is kept for <see cref="LatestFor"/>. A deployment through
/// this host is seen at once; one through another host within that time (deployments are rare operator actions). An
/// instance started meanwhile runs on the version before, as if it had started a moment earlier.
/// </remarks>
public sealed class DeployedDefinitionCache
{
    /// <summary>How long "the latest version of P is n" is trusted without asking the database.</summary>
    public static readonly TimeSpan LatestFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<(string ProcessId, int Version), DeployedDefinition> definitions = new();
    private readonly ConcurrentDictionary<string, (int Version, long ReadAt)> latest = new(StringComparer.Ordinal);

    internal bool TryGet(string processId, int version, out DeployedDefinition definition) =>
        definitions.TryGetValue((processId, version), out definition!);

    internal void Add(DeployedDefinition definition) => definitions.TryAdd((definition.ProcessId, definition.Version), definition);

    /// <summary>The latest version read from the database less than <see cref="LatestFor"/> ago, if any.</summary>
    internal bool TryGetLatest(string processId, out int version)
    {
        version = 0;
        if (!latest.TryGetValue(processId, out var entry) || Stopwatch.GetElapsedTime(entry.ReadAt) >= LatestFor) return false;
        version = entry.Version;
        return true;
    }

    /// <summary>Remembers the latest version (read, or just deployed here); never goes back to an older one.</summary>
    internal void SetLatest(string processId, int version)
    {
        // Real time on purpose: this is about other hosts' deployments, not the engine's (possibly simulated) clock.
        var now = Stopwatch.GetTimestamp();
        latest.AddOrUpdate(processId, (version, now), (_, old) => (Math.Max(old.Version, version), now));
    }
}
