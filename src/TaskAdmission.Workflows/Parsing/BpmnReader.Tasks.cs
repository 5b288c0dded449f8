using System.Globalization;
using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>User, manual, service and receive tasks (ta: attributes and the Flowable/Activiti dialect).</summary>
internal sealed partial class BpmnReader
{
    private UserTaskNode? ReadUserTask(XElement element, string id, string? name, string? scopeId, int line, string elementType)
    {
        if (Attr(element, "implementation") is { } implementation && implementation.Trim() != "##unspecified")
        {
            problems.Error(element, id, $"implementation=\"{implementation}\" on {elementType} is not supported");
        }

        var (_, assigneeAttribute) = OneOf(element, "assignee", "assignee", id);
        var assignee = assigneeAttribute is null || string.IsNullOrWhiteSpace(assigneeAttribute.Value) ? null : ParseDynamicText(assigneeAttribute, id);
        var (rolesText, rolesAttribute) = (Attr(element, Ta + "candidateRoles"), element.Attribute(Ta + "candidateRoles"));
        var groups = DialectAttr(element, "candidateGroups", id);
        if (rolesAttribute is not null && groups is not null)
        {
            problems.Error(element, id, $"both ta:candidateRoles and {Display(groups)} are set; keep one");
        }

        var roles = rolesText is null ? [] : SplitList(rolesText);
        var scope = ReadDynamicText(element, id, Ta + "candidateScope");
        if (groups is not null && rolesAttribute is null)
        {
            var (mappedRoles, mappedScope) = MapCandidateGroups(groups, id);
            roles = mappedRoles;
            scope ??= mappedScope;
        }

        var users = DialectAttr(element, "candidateUsers", id) is { } usersAttribute && !string.IsNullOrWhiteSpace(usersAttribute.Value)
            ? ParseDynamicText(usersAttribute, id)
            : null;
        if (assignee is null && roles.Count == 0 && users is null && laneOfNode.TryGetValue(id, out var lane) && lane.CandidateRoles.Count > 0)
        {
            // Lanes are documentation; one that names roles gives them to its tasks that name nobody.
            roles = [.. lane.CandidateRoles];
            scope ??= lane.CandidateScope;
        }

        if (assignee is null && roles.Count == 0 && users is null)
        {
            problems.Warning(element, id, $"{elementType} names no assignee and no candidates; only an operator can reach its tasks");
        }

        var (formValue, formAttribute) = OneOf(element, "formKey", "formKey", id);
        var (dueDays, dueDate) = ReadDue(element, id);
        foreach (var ignoredHint in new[] { "priority", "category" })
        {
            if (DialectAttr(element, ignoredHint, id) is { } hint)
            {
                problems.Warning(element, id, $"{Display(hint)} has no effect: tasks have no {ignoredHint} here");
            }
        }

        return new UserTaskNode(id, name, scopeId, line, roles, scope, assignee, MapFormKey(formValue, formAttribute, id), dueDays, elementType)
        {
            CandidateUsers = users,
            DueDate = dueDate,
        };
    }

    private (int? Days, DynamicText? Date) ReadDue(XElement element, string id)
    {
        var days = element.Attribute(Ta + "dueInWorkingDays");
        var date = DialectAttr(element, "dueDate", id);
        if (days is not null && date is not null) problems.Error(element, id, $"both ta:dueInWorkingDays and {Display(date)} are set; keep one");
        if (days is not null)
        {
            understood.Add(days);
            if (int.TryParse(days.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return (n, null);
            problems.Error(element, id, $"ta:dueInWorkingDays '{days.Value}' must be a whole number of days");
            return (null, null);
        }

        if (date is null || string.IsNullOrWhiteSpace(date.Value)) return (null, null);
        var text = ParseDynamicText(date, id);
        if (text is { IsDynamic: false } && DueDates.Describe(text.Raw) is { } error)
        {
            problems.Error(date, id, $"{Display(date)} '{text.Raw}' {error}");
            return (null, null);
        }

        return (null, text);
    }

    private ServiceTaskNode? ReadServiceTask(XElement element, string id, string? name, string? scopeId, int line)
    {
        var implementation = Attr(element, "implementation");
        if (implementation is not null && implementation.Trim() is not ("##WebService" or "##unspecified"))
        {
            problems.Error(element, id, $"implementation=\"{implementation}\" on serviceTask is not supported");
        }

        var ta = Attr(element, Ta + "type");
        var className = DialectAttr(element, "class", id);
        var delegateExpression = DialectAttr(element, "delegateExpression", id);
        var dialectType = DialectAttr(element, "type", id);
        if (dialectType is not null)
        {
            problems.Error(element, id, $"{Display(dialectType)}=\"{dialectType.Value}\" (a built-in {dialectType.Value} task) is not supported; map a service activity with flowable:class");
            return null;
        }

        var dialect = className ?? delegateExpression;
        if (className is not null && delegateExpression is not null)
        {
            problems.Error(element, id, $"both {Display(className)} and {Display(delegateExpression)} are set; keep one");
        }

        if (ta is not null && dialect is not null)
        {
            problems.Error(element, id, $"both ta:type and {Display(dialect)} are set; keep one");
            return null;
        }

        if (dialect is not null)
        {
            var key = dialect.Value.Trim();
            if (key.StartsWith("${", StringComparison.Ordinal) && key.EndsWith('}')) key = key[2..^1].Trim();
            if (Dialect.ServiceTypes.TryGetValue(key, out var mapped)) return new ServiceTaskNode(id, name, scopeId, line, mapped);
            problems.Error(dialect, id, $"{Display(dialect)} '{dialect.Value}' is not mapped to a service activity; add '{key}' to Workflows:Dialect:ServiceTypes");
            return null;
        }

        if (string.IsNullOrWhiteSpace(ta))
        {
            problems.Error(element, id, "serviceTask needs ta:type naming the registered activity (or a mapped flowable:class / flowable:delegateExpression)");
            return null;
        }

        return new ServiceTaskNode(id, name, scopeId, line, ta.Trim());
    }

    private ReceiveTaskNode? ReadReceiveTask(XElement element, string id, string? name, string? scopeId, int line)
    {
        if (Bool(element, "instantiate", id) == true)
        {
            problems.Error(element, id, "an instantiating receiveTask (instantiate=\"true\") is not supported; start instances through a start event");
        }

        Attr(element, "implementation");
        var message = MessageName(element, id);
        return message is null ? null : new ReceiveTaskNode(id, name, scopeId, line, message);
    }
}
