using System.Text.Json;

namespace TaskAdmission.Workflows.Execution;

/// <summary>What a service activity sees and may change: variables in, variables and outbox messages out.</summary>
public sealed class ServiceActivityContext
{
    private readonly IReadOnlyDictionary<string, JsonElement> variables;
    private readonly Dictionary<string, JsonElement> writes = new(StringComparer.Ordinal);
    private readonly List<(string Type, string PayloadJson)> outbox = [];

    internal ServiceActivityContext(Guid instanceId, string? businessKey, string elementId, string serviceType, string stepId, DateTimeOffset now, IReadOnlyDictionary<string, JsonElement> variables)
    {
        InstanceId = instanceId;
        BusinessKey = businessKey;
        ElementId = elementId;
        ServiceType = serviceType;
        StepId = stepId;
        Now = now;
        this.variables = variables;
    }

    /// <summary>The process instance.</summary>
    public Guid InstanceId { get; }

    /// <summary>The instance's business key.</summary>
    public string? BusinessKey { get; }

    /// <summary>The serviceTask element id.</summary>
    public string ElementId { get; }

    /// <summary>The <c>ta:type</c> the activity was resolved by.</summary>
    public string ServiceType { get; }

    /// <summary>Stable id of this step (instance, element, execution counter); identical on incident retry, for idempotency.</summary>
    public string StepId { get; }

    /// <summary>The engine's current time.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Variables visible to the step (including its own writes so far).</summary>
    public IReadOnlyDictionary<string, JsonElement> Variables =>
        writes.Count == 0 ? variables : variables.Where(v => !writes.ContainsKey(v.Key)).Concat(writes).ToDictionary(StringComparer.Ordinal);

    internal IReadOnlyDictionary<string, JsonElement> Writes => writes;

    internal IReadOnlyList<(string Type, string PayloadJson)> OutboxMessages => outbox;

    /// <summary>Reads a variable, or null when absent.</summary>
    public JsonElement? GetVariable(string name) =>
        writes.TryGetValue(name, out var written) ? written : variables.TryGetValue(name, out var value) ? value : null;

    /// <summary>Reads and deserialises a variable, or default when absent.</summary>
    public T? GetVariable<T>(string name) => GetVariable(name) is { } value ? value.Deserialize<T>() : default;

    /// <summary>Sets a process variable; committed only if the step succeeds.</summary>
    public void SetVariable(string name, object? value) =>
        writes[name] = value as JsonElement? ?? JsonSerializer.SerializeToElement(value, WorkflowJson.Options);

    /// <summary>Queues an outbox message; committed only if the step succeeds.</summary>
    public void EnqueueOutbox(string type, object payload) =>
        outbox.Add((type, payload as string ?? JsonSerializer.Serialize(payload, WorkflowJson.Options)));
}
