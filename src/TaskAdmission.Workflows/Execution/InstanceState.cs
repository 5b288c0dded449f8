using System.Text.Json;
using System.Text.Json.Serialization;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Workflows.Execution;

/// <summary>The serialisable state of an instance: tokens, variables and counters (stored as InstanceSnapshot.StateJson).</summary>
internal sealed class InstanceState
{
    // Null members are left out when writing: the state is written at every step of every instance (insert, then
    // each update rewrites the row, and PostgreSQL logs the whole new row to WAL), and a waiting token's dozen null
    // members were about a quarter of its bytes. Reading is unchanged: a missing member is null, as every nullable
    // member here starts out null (none has a non-null initializer), and states written before keep their explicit
    // nulls and read the same. Values inside Variables/Locals are JsonElements, never omitted (a JSON null stays).
    private static readonly JsonSerializerOptions JsonOptions = new(WorkflowJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public Guid Id { get; set; }

    public required string ProcessId { get; set; }

    public int DefinitionVersion { get; set; }

    public string? BusinessKey { get; set; }

    public string? Initiator { get; set; }

    public InstanceStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public long StepCounter { get; set; }

    public int NextTokenId { get; set; } = 1;

    public long JournalSequence { get; set; }

    public SortedDictionary<string, JsonElement> Variables { get; set; } = new(StringComparer.Ordinal);

    public List<TokenState> Tokens { get; set; } = [];

    /// <summary>For an instance started by a call activity: the caller, its token and element (the return goes there).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CallerLink? Caller { get; set; }

    /// <summary>The BPMN error code an uncaught error end event ended a called instance with (the caller's boundary may catch it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EndErrorCode { get; set; }

    public static InstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, JsonOptions) ?? throw new InvalidOperationException("instance state is empty");

    public string Serialize() => JsonSerializer.Serialize(this, JsonOptions);

    public TokenState NewToken(string nodeId, int? parentId)
    {
        var token = new TokenState { Id = NextTokenId++, NodeId = nodeId, ParentId = parentId, Status = TokenStatus.Ready };
        Tokens.Add(token);
        return token;
    }

    public TokenState? Token(int id)
    {
        // Tokens are few; a loop avoids the delegate allocation of List.Find on the hottest lookup.
        foreach (var token in Tokens)
        {
            if (token.Id == id) return token;
        }

        return null;
    }

    public IEnumerable<TokenState> Children(int? parentId) => Tokens.Where(t => t.ParentId == parentId);
}
