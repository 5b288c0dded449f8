using System.Xml.Linq;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>
/// The final pass: everything the readers did not understand is reported here, once, under the id of the element the
/// user drew. Known namespaces give errors; other namespaces give one warning each, listing what was ignored.
/// </summary>
internal sealed partial class BpmnReader
{
    private readonly HashSet<XNamespace> misspelled = [];
    private readonly Dictionary<XNamespace, (int Line, List<string> Items)> ignored = [];

    /// <summary>Reports namespaces that look like a known one but are spelled differently (http for https, a trailing slash, case).</summary>
    private void CheckNamespaceSpellings(XElement root)
    {
        foreach (var declaration in root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration))
        {
            XNamespace ns = declaration.Value;
            if (BpmnNamespaces.Known.Contains(ns) || !misspelled.Add(ns)) continue;
            var normal = Normalize(ns.NamespaceName);
            var meant = BpmnNamespaces.Known.FirstOrDefault(k => Normalize(k.NamespaceName) == normal);
            if (meant is null)
            {
                misspelled.Remove(ns);
                continue;
            }

            var uses = root.DescendantsAndSelf().Count(e => e.Name.Namespace == ns) + root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Count(a => a.Name.Namespace == ns);
            problems.Error(declaration, "definitions",
                $"namespace '{ns.NamespaceName}' is not the {BpmnNamespaces.Prefix(meant)}: namespace '{meant.NamespaceName}' (spelled differently); its {uses} attributes and elements would be ignored");
            foreach (var element in root.DescendantsAndSelf().Where(e => e.Name.Namespace == ns)) UnderstandTree(element);
            foreach (var attribute in root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.Name.Namespace == ns)) understood.Add(attribute);
        }
    }

    private static string Normalize(string ns) =>
        ns.Trim().TrimEnd('/').Replace("https://", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("http://", string.Empty, StringComparison.OrdinalIgnoreCase).ToLowerInvariant();

    private void Sweep(XElement root)
    {
        var pending = new Stack<XElement>([root]);
        while (pending.TryPop(out var element))
        {
            if (!understood.Contains(element))
            {
                ReportElement(element);
                UnderstandTree(element);
                continue;
            }

            foreach (var attribute in element.Attributes())
            {
                if (attribute.IsNamespaceDeclaration || understood.Contains(attribute)) continue;
                ReportAttribute(element, attribute);
            }

            if (!textRead.Contains(element) && element.Nodes().OfType<XText>().FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Value)) is { } text)
            {
                problems.Error(element, OwnerId(element), $"text '{Shorten(text.Value.Trim())}' inside {Display(element)} has no meaning here");
            }

            foreach (var child in element.Elements().Reverse()) pending.Push(child);
        }

        foreach (var (ns, (line, items)) in ignored)
        {
            var listed = string.Join(", ", items.Take(6)) + (items.Count > 6 ? $", and {items.Count - 6} more" : string.Empty);
            problems.Warning("definitions", line, $"namespace '{ns.NamespaceName}' is not read by the engine; ignored: {listed}");
        }
    }

    private bool IsIgnoredNamespace(XNamespace ns) => ns != XNamespace.None && !BpmnNamespaces.Known.Contains(ns) && !misspelled.Contains(ns);

    private void Ignore(XObject at, XNamespace ns, string item)
    {
        if (!ignored.TryGetValue(ns, out var entry)) ignored[ns] = entry = (ProblemLog.Line(at), []);
        entry.Items.Add(item);
    }

    private void ReportElement(XElement element)
    {
        var ns = element.Name.Namespace;
        var name = element.Name.LocalName;
        var owner = OwnerId(element);
        var parent = element.Parent is { } p ? Display(p) : "the file";
        if (IsIgnoredNamespace(ns))
        {
            Ignore(element, ns, $"element {element.Name.LocalName} in {parent} of {owner}");
            return;
        }

        string message;
        if (ns == Bpmn)
        {
            message = Vocabulary.RefusedBpmn.TryGetValue(name, out var reason) ? reason
                : name.EndsWith("LoopCharacteristics", StringComparison.Ordinal)
                    ? $"{name} on {parent} is not supported (only user tasks, confirmed manual tasks, sub-processes and call activities can be multi-instance)"
                : name.EndsWith("EventDefinition", StringComparison.Ordinal)
                    ? $"{parent} of type {name[..^"EventDefinition".Length]} is not supported"
                : element.Parent?.Name == Bpmn + "definitions" || element.Parent?.Name.LocalName is "process" or "subProcess"
                    ? $"{name} is not supported"
                    : $"{name} inside {parent} is not supported";
        }
        else if (ns == Ta)
        {
            message = Vocabulary.TaElements.TryGetValue(name, out var hosts)
                ? $"ta:{name} is only allowed in the extensionElements of {string.Join(" or ", hosts)}"
                : $"ta:{name} is not a ta: extension element" + Suggest(name, Vocabulary.TaElements.Keys, "ta:");
        }
        else if (BpmnNamespaces.IsDialect(ns))
        {
            message = DescribeDialectElement(element, parent);
        }
        else if (ns == BpmnNamespaces.Zeebe)
        {
            message = $"zeebe:{name} is not supported (Camunda 8 extensions need Zeebe workers); use the ta: or flowable: attributes";
        }
        else
        {
            message = $"{Display(element)} inside {parent} is not supported";
        }

        problems.Error(element, owner, message);
    }

    private static string DescribeDialectElement(XElement element, string parent)
    {
        var prefix = BpmnNamespaces.Prefix(element.Name.Namespace);
        var name = element.Name.LocalName;
        string? Value(string attribute) => (string?)element.Attribute(attribute);
        switch (name)
        {
            case "executionListener" or "taskListener" or "eventListener":
                var target = Value("class") ?? Value("delegateExpression") ?? Value("expression") ?? element.Elements().FirstOrDefault()?.Name.LocalName ?? "nothing";
                var on = Value("event") is { } e ? $"event '{e}', " : string.Empty;
                return $"{prefix}:{name} ({on}runs '{target}') is not supported: listeners run code the engine does not have; model the step as a serviceTask";
            case "formProperty" or "formData":
                return $"{prefix}:{name} (form fields inside the process) is not supported: name the form with formKey (mapped to a business screen)";
            case "field":
                return $"{prefix}:field '{Value("name")}' (field injection) is not supported: the mapped service activity reads process variables";
            case "failedJobRetryTimeCycle":
                return $"{prefix}:failedJobRetryTimeCycle is not supported: a failed service task raises an incident that an operator retries";
            case "in" or "out":
                return $"{prefix}:{name} is only allowed in the extensionElements of a callActivity";
            default:
                return $"{prefix}:{name} inside {parent} is not supported";
        }
    }

    private void ReportAttribute(XElement element, XAttribute attribute)
    {
        var ns = attribute.Name.Namespace;
        var name = attribute.Name.LocalName;
        var owner = OwnerId(element);
        var on = Display(element);
        if (IsIgnoredNamespace(ns))
        {
            Ignore(attribute, ns, $"attribute {name} on {on} {owner}");
            return;
        }

        string message;
        if (ns == Ta)
        {
            message = Vocabulary.TaAttributes.TryGetValue(name, out var hosts)
                ? $"ta:{name} is not allowed on {on}" + (element.Name.LocalName == "manualTask" && hosts.Contains("manualTask")
                    ? " unless it is a confirmation task (ta:confirm=\"true\")"
                    : $" (it belongs on {string.Join(" or ", hosts.Where(h => h != "manualTask"))})")
                : $"ta:{name} is not a ta: attribute" + Suggest(name, Vocabulary.TaAttributes.Keys, "ta:");
        }
        else if (BpmnNamespaces.IsDialect(ns))
        {
            message = $"{BpmnNamespaces.Prefix(ns)}:{name} on {on} is not supported" + name switch
            {
                "skipExpression" => ": skipping steps by expression is not supported; route around the step with a gateway",
                "expression" => ": method expressions run code; map a service activity with flowable:class or flowable:delegateExpression",
                "resultVariable" or "resultVariableName" => ": results are written by the mapped service activity",
                "triggerable" => ": a service task cannot wait; use a receive task after it",
                _ => string.Empty,
            };
        }
        else if (ns == BpmnNamespaces.Zeebe)
        {
            message = $"zeebe:{name} is not supported (Camunda 8 extensions need Zeebe workers); use the ta: or flowable: attributes";
        }
        else
        {
            message = $"attribute {Display(attribute)} on {on} is not supported";
        }

        problems.Error(element, owner, message);
    }

    private static string Suggest(string word, IEnumerable<string> known, string prefix) =>
        Vocabulary.Closest(word, known) is { } close ? $"; did you mean {prefix}{close}?" : string.Empty;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
