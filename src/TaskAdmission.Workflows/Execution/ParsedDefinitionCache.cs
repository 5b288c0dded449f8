using System.Collections.Concurrent;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Parsing;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>
/// Parsed process definitions by deployed version and content hash. A deployed version never changes, so one cache
/// per host is shared by every (scoped) <see cref="WorkflowEngine"/>: parsing and validating a BPMN file costs far
/// more than the command that needs it.
/// </summary>
public sealed class ParsedDefinitionCache
{
    private readonly ConcurrentDictionary<(string ProcessId, int Version, string ContentHash), ProcessDefinition> definitions = new();

    /// <summary>The parsed form of <paramref name="deployed"/>, parsing it on first use (with the host's limits and dialect mapping).</summary>
    public ProcessDefinition GetOrParse(DeployedDefinition deployed, BpmnParserOptions? options = null) =>
        definitions.GetOrAdd(Key(deployed), static (_, state) => BpmnParser.ParseOrThrow(state.Xml, state.Options), (deployed.Xml, Options: options));

    /// <summary>Remembers a definition the caller has just parsed and deployed.</summary>
    internal void Add(DeployedDefinition deployed, ProcessDefinition definition) => definitions.TryAdd(Key(deployed), definition);

    private static (string, int, string) Key(DeployedDefinition deployed) => (deployed.ProcessId, deployed.Version, deployed.ContentHash);
}
