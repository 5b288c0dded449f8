using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>The Flowable/Activiti (and Camunda 7) dialect: one attribute read from whichever of the three namespaces the file uses.</summary>
internal sealed partial class BpmnReader
{
    private static readonly XNamespace[] DialectNamespaces = [BpmnNamespaces.Flowable, BpmnNamespaces.Activiti, BpmnNamespaces.Camunda];

    /// <summary>The dialect attribute <paramref name="name"/>, marked understood; reports when two dialects both set it.</summary>
    private XAttribute? DialectAttr(XElement element, string name, string ownerId)
    {
        XAttribute? found = null;
        foreach (var ns in DialectNamespaces)
        {
            if (element.Attribute(ns + name) is not { } attribute) continue;
            understood.Add(attribute);
            if (found is not null)
            {
                problems.Error(element, ownerId, $"both {Display(found)} and {Display(attribute)} are set; keep one");
                continue;
            }

            found = attribute;
        }

        return found;
    }

    /// <summary>One value from ta:<paramref name="taName"/> or the dialect's <paramref name="dialectName"/>; both at once is reported.</summary>
    private (string? Value, XAttribute? Attribute) OneOf(XElement element, string taName, string dialectName, string ownerId)
    {
        var ta = element.Attribute(Ta + taName);
        if (ta is not null) understood.Add(ta);
        var dialect = DialectAttr(element, dialectName, ownerId);
        if (ta is not null && dialect is not null)
        {
            problems.Error(element, ownerId, $"both ta:{taName} and {Display(dialect)} are set; keep one");
        }

        var chosen = ta ?? dialect;
        return (chosen?.Value, chosen);
    }

    private DynamicText? ParseDynamicText(XAttribute attribute, string ownerId)
    {
        try
        {
            return DynamicText.Parse(attribute.Value);
        }
        catch (ExpressionParseException e)
        {
            problems.Error(attribute, ownerId, $"{Display(attribute)} '{attribute.Value}' does not parse: {e.Problem} at position {e.Position}");
            return null;
        }
    }

    private DynamicText? ReadDynamicText(XElement element, string ownerId, XName name)
    {
        var attribute = element.Attribute(name);
        if (attribute is null) return null;
        understood.Add(attribute);
        return string.IsNullOrWhiteSpace(attribute.Value) ? null : ParseDynamicText(attribute, ownerId);
    }

    /// <summary>Maps candidate group names through <see cref="DialectOptions.CandidateGroups"/>; unmapped names are reported.</summary>
    private (List<string> Roles, DynamicText? Scope) MapCandidateGroups(XAttribute attribute, string ownerId)
    {
        var roles = new List<string>();
        if (WorkflowExpression.IsWrapped(attribute.Value) || attribute.Value.Contains("${", StringComparison.Ordinal))
        {
            problems.Error(attribute, ownerId, $"{Display(attribute)} '{attribute.Value}' is an expression; name the groups (each mapped in Workflows:Dialect:CandidateGroups)");
            return (roles, null);
        }

        string? scope = null;
        string? scopeGroup = null;
        foreach (var group in SplitList(attribute.Value))
        {
            if (!Dialect.CandidateGroups.TryGetValue(group, out var mapping))
            {
                var known = Dialect.CandidateGroups.Count == 0 ? "none is mapped" : "mapped: " + string.Join(", ", Dialect.CandidateGroups.Keys.Order(StringComparer.Ordinal));
                problems.Error(attribute, ownerId, $"{Display(attribute)} group '{group}' is not mapped to a role; add it to Workflows:Dialect:CandidateGroups ({known})");
                continue;
            }

            roles.AddRange(mapping.Roles.Where(r => !roles.Contains(r, StringComparer.Ordinal)));
            if (mapping.Scope is null) continue;
            if (scope is not null && scope != mapping.Scope)
            {
                problems.Error(attribute, ownerId, $"{Display(attribute)} groups '{scopeGroup}' and '{group}' map to different scopes ('{scope}', '{mapping.Scope}'); a task has one candidate scope");
                continue;
            }

            (scope, scopeGroup) = (mapping.Scope, group);
        }

        if (scope is null) return (roles, null);
        try
        {
            return (roles, DynamicText.Parse(scope));
        }
        catch (ExpressionParseException e)
        {
            problems.Error(attribute, ownerId, $"the scope '{scope}' mapped for group '{scopeGroup}' does not parse: {e.Problem} at position {e.Position}");
            return (roles, null);
        }
    }

    /// <summary>Maps a dialect form key through <see cref="DialectOptions.FormKeys"/>; ta:formKey is ours and taken as written.</summary>
    private string? MapFormKey(string? value, XAttribute? attribute, string ownerId)
    {
        if (value is null || attribute is null || attribute.Name.Namespace == Ta) return NullIfBlank(value);
        if (Dialect.FormKeys.TryGetValue(value.Trim(), out var mapped)) return mapped;
        problems.Error(attribute, ownerId, $"{Display(attribute)} '{value}' is not mapped to a business screen; add it to Workflows:Dialect:FormKeys");
        return null;
    }
}
