using System.Collections.Concurrent;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Data.Workflows;

/// <summary>Deployed versions by process id and version; safe to share because a deployed version never changes.</summary>
/// <remarks>A singleton per database: every engine command reads its definition, and this saves that round trip.</remarks>
public sealed class DeployedDefinitionCache
{
    private readonly ConcurrentDictionary<(string ProcessId, int Version), DeployedDefinition> definitions = new();

    internal bool TryGet(string processId, int version, out DeployedDefinition definition) =>
        definitions.TryGetValue((processId, version), out definition!);

    internal void Add(DeployedDefinition definition) => definitions.TryAdd((definition.ProcessId, definition.Version), definition);
}
