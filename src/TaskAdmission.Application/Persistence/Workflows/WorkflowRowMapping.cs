using TaskAdmission.Application.Persistence.Workflows.Entities;
using TaskAdmission.Workflows.Persistence;

namespace TaskAdmission.Application.Persistence.Workflows;

/// <summary>Converts engine records to wf_ rows and back; times are stored as UTC <see cref="DateTime"/>.</summary>
internal static class WorkflowRowMapping
{
    public static DateTime Utc(DateTimeOffset value) => value.UtcDateTime;

    public static DateTime? Utc(DateTimeOffset? value) => value?.UtcDateTime;

    // SQLite hands back DateTimeKind.Unspecified; every stored time is UTC.
    public static DateTimeOffset Offset(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? Offset(DateTime? value) => value is { } v ? Offset(v) : null;

    public static WfDefinition ToRow(DeployedDefinition d) => new()
    {
        ProcessId = d.ProcessId, Version = d.Version, Name = d.Name, ContentHash = d.ContentHash, Xml = d.Xml, DeployedAtUtc = Utc(d.DeployedAt),
    };

    public static DeployedDefinition ToRecord(WfDefinition d) => new(d.ProcessId, d.Version, d.Name, d.ContentHash, d.Xml, Offset(d.DeployedAtUtc));

    public static WfInstance ToRow(InstanceSnapshot i) => new()
    {
        Id = i.Id, ProcessId = i.ProcessId, DefinitionVersion = i.DefinitionVersion, BusinessKey = i.BusinessKey, Initiator = i.Initiator,
        Status = i.Status, Version = i.Version, StartedAtUtc = Utc(i.StartedAt), EndedAtUtc = Utc(i.EndedAt),
        HasOpenIncidents = i.HasOpenIncidents, StateJson = i.StateJson,
    };

    public static InstanceSnapshot ToRecord(WfInstance i) => new()
    {
        Id = i.Id, ProcessId = i.ProcessId, DefinitionVersion = i.DefinitionVersion, BusinessKey = i.BusinessKey, Initiator = i.Initiator,
        Status = i.Status, Version = i.Version, StartedAt = Offset(i.StartedAtUtc), EndedAt = Offset(i.EndedAtUtc),
        HasOpenIncidents = i.HasOpenIncidents, StateJson = i.StateJson,
    };

    public static WfUserTask ToRow(UserTaskRecord t) => new()
    {
        Id = t.Id, InstanceId = t.InstanceId, ProcessId = t.ProcessId, BusinessKey = t.BusinessKey, ElementId = t.ElementId, Name = t.Name,
        TokenId = t.TokenId, Status = t.Status, Assignee = t.Assignee, Owner = t.Owner, Delegation = t.Delegation,
        CandidateRoles = JoinRoles(t.CandidateRoles), CandidateScope = t.CandidateScope, FormKey = t.FormKey, DueDate = t.DueDate,
        CreatedAtUtc = Utc(t.CreatedAt), LastActionAtUtc = Utc(t.LastActionAt), ClosedAtUtc = Utc(t.ClosedAt), CompletedBy = t.CompletedBy,
        Outcome = t.Outcome, LoopIndex = t.LoopIndex, ElementValueJson = t.ElementValueJson,
        CandidateUsers = t.CandidateUsers.Count == 0 ? null : JoinRoles(t.CandidateUsers),
    };

    public static UserTaskRecord ToRecord(WfUserTask t) => new()
    {
        Id = t.Id, InstanceId = t.InstanceId, ProcessId = t.ProcessId, BusinessKey = t.BusinessKey, ElementId = t.ElementId, Name = t.Name,
        TokenId = t.TokenId, Status = t.Status, Assignee = t.Assignee, Owner = t.Owner, Delegation = t.Delegation,
        CandidateRoles = SplitRoles(t.CandidateRoles), CandidateScope = t.CandidateScope, FormKey = t.FormKey, DueDate = t.DueDate,
        CreatedAt = Offset(t.CreatedAtUtc), LastActionAt = Offset(t.LastActionAtUtc), ClosedAt = Offset(t.ClosedAtUtc), CompletedBy = t.CompletedBy,
        Outcome = t.Outcome, LoopIndex = t.LoopIndex, ElementValueJson = t.ElementValueJson,
        CandidateUsers = t.CandidateUsers is null ? [] : SplitRoles(t.CandidateUsers),
    };

    public static WfTimer ToRow(TimerRecord t) => new()
    {
        Id = t.Id, InstanceId = t.InstanceId, TokenId = t.TokenId, ElementId = t.ElementId, DueAtUtc = Utc(t.DueAt), Status = t.Status,
        LeaseOwner = t.LeaseOwner, LeasedUntilUtc = Utc(t.LeasedUntil), CreatedAtUtc = Utc(t.CreatedAt), ClosedAtUtc = Utc(t.ClosedAt),
    };

    public static TimerRecord ToRecord(WfTimer t) => new()
    {
        Id = t.Id, InstanceId = t.InstanceId, TokenId = t.TokenId, ElementId = t.ElementId, DueAt = Offset(t.DueAtUtc), Status = t.Status,
        LeaseOwner = t.LeaseOwner, LeasedUntil = Offset(t.LeasedUntilUtc), CreatedAt = Offset(t.CreatedAtUtc), ClosedAt = Offset(t.ClosedAtUtc),
    };

    public static WfSubscription ToRow(MessageSubscriptionRecord s) => new()
    {
        Id = s.Id, InstanceId = s.InstanceId, TokenId = s.TokenId, ElementId = s.ElementId, MessageName = s.MessageName,
        BusinessKey = s.BusinessKey, Status = s.Status, CreatedAtUtc = Utc(s.CreatedAt), ClosedAtUtc = Utc(s.ClosedAt),
    };

    public static MessageSubscriptionRecord ToRecord(WfSubscription s) => new()
    {
        Id = s.Id, InstanceId = s.InstanceId, TokenId = s.TokenId, ElementId = s.ElementId, MessageName = s.MessageName,
        BusinessKey = s.BusinessKey, Status = s.Status, CreatedAt = Offset(s.CreatedAtUtc), ClosedAt = Offset(s.ClosedAtUtc),
    };

    public static WfIncident ToRow(IncidentRecord i) => new()
    {
        Id = i.Id, InstanceId = i.InstanceId, TokenId = i.TokenId, ElementId = i.ElementId, StepId = i.StepId, Message = i.Message,
        StackTrace = i.StackTrace, Status = i.Status, CreatedAtUtc = Utc(i.CreatedAt), ResolvedAtUtc = Utc(i.ResolvedAt), ResolvedBy = i.ResolvedBy,
    };

    public static IncidentRecord ToRecord(WfIncident i) => new()
    {
        Id = i.Id, InstanceId = i.InstanceId, TokenId = i.TokenId, ElementId = i.ElementId, StepId = i.StepId, Message = i.Message,
        StackTrace = i.StackTrace, Status = i.Status, CreatedAt = Offset(i.CreatedAtUtc), ResolvedAt = Offset(i.ResolvedAtUtc), ResolvedBy = i.ResolvedBy,
    };

    public static WfCarbonCopy ToRow(CarbonCopyRecord c) => new()
    {
        Id = c.Id, InstanceId = c.InstanceId, TaskId = c.TaskId, ElementId = c.ElementId, Recipient = c.Recipient, From = c.From,
        Comment = c.Comment, CreatedAtUtc = Utc(c.CreatedAt), ReadAtUtc = Utc(c.ReadAt),
    };

    public static CarbonCopyRecord ToRecord(WfCarbonCopy c) => new()
    {
        Id = c.Id, InstanceId = c.InstanceId, TaskId = c.TaskId, ElementId = c.ElementId, Recipient = c.Recipient, From = c.From,
        Comment = c.Comment, CreatedAt = Offset(c.CreatedAtUtc), ReadAt = Offset(c.ReadAtUtc),
    };

    public static WfOutboxMessage ToRow(OutboxMessage m) => new()
    {
        Id = m.Id, InstanceId = m.InstanceId, Type = m.Type, PayloadJson = m.PayloadJson, StepId = m.StepId,
        CreatedAtUtc = Utc(m.CreatedAt), DispatchedAtUtc = Utc(m.DispatchedAt),
    };

    public static OutboxMessage ToRecord(WfOutboxMessage m) => new()
    {
        Id = m.Id, InstanceId = m.InstanceId, Type = m.Type, PayloadJson = m.PayloadJson, StepId = m.StepId,
        CreatedAt = Offset(m.CreatedAtUtc), DispatchedAt = Offset(m.DispatchedAtUtc),
    };

    public static string JoinRoles(IReadOnlyList<string> roles) => string.Join(',', roles);

    public static IReadOnlyList<string> SplitRoles(string roles) =>
        roles.Length == 0 ? [] : roles.Split(',');
}
