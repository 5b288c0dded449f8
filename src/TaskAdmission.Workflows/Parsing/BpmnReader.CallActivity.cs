using System.Globalization;
using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>callActivity: the called process, its version, and in/out variable mappings (ta: or dialect).</summary>
internal sealed partial class BpmnReader
{
    private CallActivityNode? ReadCallActivity(XElement element, string id, string? name, string? scopeId, int line)
    {
        var called = NullIfBlank(Attr(element, "calledElement"));
        if (called is null) problems.Error(element, id, "callActivity has no calledElement (the id of the process to call)");
        if (called is not null && called.Contains("${", StringComparison.Ordinal))
        {
            problems.Error(element, id, $"calledElement '{called}' is an expression; name the called process");
            called = null;
        }

        if (DialectAttr(element, "calledElementType", id) is { } type && type.Value.Trim() != "key")
        {
            problems.Error(element, id, $"{Display(type)}=\"{type.Value}\" is not supported; calledElement names a process id (key)");
        }

        var version = ReadCalledVersion(element, id);
        var inherit = DialectAttr(element, "inheritVariables", id) is { } i && Bool(element, i.Name, id) == true;
        if (DialectAttr(element, "inheritBusinessKey", id) is { } businessKey) Bool(element, businessKey.Name, id);
        DialectAttr(element, "fallbackToDefaultTenant", id);
        if (DialectAttr(element, "sameDeployment", id) is { } same && Bool(element, same.Name, id) == true)
        {
            problems.Warning(element, id, $"{Display(same)}: deployments hold one process each here; the {(version is null ? "latest" : $"fixed version {version}")} version is called");
        }

        var inputs = new List<VariableMapping>();
        var outputs = new List<VariableMapping>();
        var returnAll = false;
        foreach (var extension in Extensions(element).Where(e => e.Name.LocalName is "in" or "out" && (e.Name.Namespace == Ta || BpmnNamespaces.IsDialect(e.Name.Namespace))))
        {
            Understand(extension);
            var isIn = extension.Name.LocalName == "in";
            if (Attr(extension, "variables") is { } variables)
            {
                if (variables.Trim() != "all") problems.Error(extension, id, $"{Display(extension)} variables=\"{variables}\" is not supported (only all)");
                if (isIn) inherit = true;
                else returnAll = true;
                continue;
            }

            if (ReadMapping(extension, id) is { } mapping) (isIn ? inputs : outputs).Add(mapping);
        }

        return called is null ? null : new CallActivityNode(id, name, scopeId, line, called, version, inputs, outputs, inherit, returnAll);
    }

    private int? ReadCalledVersion(XElement element, string id)
    {
        var ta = Attr(element, Ta + "calledVersion");
        var binding = DialectAttr(element, "calledElementBinding", id);
        var fixedVersion = DialectAttr(element, "calledElementVersion", id);
        if (ta is not null && (binding is not null || fixedVersion is not null))
        {
            problems.Error(element, id, "both ta:calledVersion and a dialect version binding are set; keep one");
        }

        var text = ta ?? (binding?.Value.Trim() == "version" ? fixedVersion?.Value : binding?.Value);
        if (binding is not null && binding.Value.Trim() is not ("latest" or "version"))
        {
            problems.Error(element, id, $"{Display(binding)}=\"{binding.Value}\" is not supported (latest or version)");
            return null;
        }

        if (text is null || text.Trim() == "latest") return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0) return version;
        problems.Error(element, id, $"called version '{text}' must be 'latest' or a positive version number");
        return null;
    }

    private VariableMapping? ReadMapping(XElement extension, string id)
    {
        var source = NullIfBlank(Attr(extension, "source"));
        var expression = NullIfBlank(Attr(extension, "sourceExpression"));
        var target = NullIfBlank(Attr(extension, "target"));
        Bool(extension, "local", id);
        if (target is null || (source is null) == (expression is null))
        {
            problems.Error(extension, id, $"{Display(extension)} needs a target and exactly one of source or sourceExpression");
            return null;
        }

        var parsed = expression is null ? null : ParseExpression(extension, id, expression, $"{Display(extension)} sourceExpression");
        return expression is not null && parsed is null ? null : new VariableMapping(source, parsed, target);
    }
}
