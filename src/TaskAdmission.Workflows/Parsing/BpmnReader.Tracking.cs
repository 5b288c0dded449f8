using System.Xml.Linq;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>What the reader understood (so the sweep can report the rest), ids, and typed attribute access.</summary>
internal sealed partial class BpmnReader
{
    // Containers whose BPMN children are what a user draws; problems are reported under those children's ids.
    private static readonly HashSet<string> DrawingContainers =
        ["definitions", "process", "subProcess", "transaction", "adHocSubProcess", "collaboration", "laneSet", "childLaneSet"];

    // Parts of a drawn element that are not drawn themselves; their problems belong to the element that holds them.
    private static readonly HashSet<string> NotDrawn =
        ["extensionElements", "documentation", "ioSpecification", "property", "incoming", "outgoing", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics"];

    private readonly HashSet<XObject> understood = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<XElement> textRead = new(ReferenceEqualityComparer.Instance);

    private void Understand(XElement element) => understood.Add(element);

    /// <summary>Marks an element, everything inside it and all their attributes as handled (layout, documentation, refused wholes).</summary>
    private void UnderstandTree(XElement element)
    {
        foreach (var e in element.DescendantsAndSelf())
        {
            understood.Add(e);
            textRead.Add(e);
            foreach (var a in e.Attributes()) understood.Add(a);
        }
    }

    private string? Attr(XElement element, XName name)
    {
        var attribute = element.Attribute(name);
        if (attribute is null) return null;
        understood.Add(attribute);
        return attribute.Value;
    }

    /// <summary>The element's text, marked as read (elements whose text is never read must not carry any).</summary>
    private string Text(XElement element)
    {
        understood.Add(element);
        textRead.Add(element);
        return element.Value;
    }

    /// <summary>An XML Schema boolean (<c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>); anything else is reported and read as absent.</summary>
    private bool? Bool(XElement element, XName name, string ownerId)
    {
        if (Attr(element, name) is not { } raw) return null;
        switch (raw.Trim())
        {
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                problems.Error(element, ownerId, $"attribute {Display(element.Attribute(name)!)} must be true, false, 1 or 0 but was '{raw}'");
                return null;
        }
    }

    private string? Id(XElement element) => NullIfBlank((string?)element.Attribute("id"));

    /// <summary>Reads and registers the id of a drawn element; reports a missing or duplicate id.</summary>
    private string? RequireId(XElement element)
    {
        Attr(element, "id");
        var id = Id(element);
        if (id is null)
        {
            problems.Error(element, OwnerId(element.Parent ?? element), $"{element.Name.LocalName} has no id");
            return null;
        }

        if (!idLines.TryAdd(id, ProblemLog.Line(element)))
        {
            problems.Error(element, id, $"id '{id}' is already used on line {idLines[id]}");
            return null;
        }

        return id;
    }

    /// <summary>The id of the element the user drew that contains <paramref name="element"/> (itself when it is one).</summary>
    private string OwnerId(XElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (e.Parent is null) return "definitions";
            var drawn = e.Name.Namespace == Bpmn && e.Parent.Name.Namespace == Bpmn && DrawingContainers.Contains(e.Parent.Name.LocalName) && !NotDrawn.Contains(e.Name.LocalName);
            if (drawn) return Id(e) ?? e.Name.LocalName;
        }

        return "definitions";
    }

    /// <summary>Documentation, extensionElements (the container; its children are read by whoever understands them) and incoming/outgoing references.</summary>
    private void ReadCommonChildren(XElement element, string? nodeId = null)
    {
        foreach (var child in element.Elements().Where(c => c.Name.Namespace == Bpmn))
        {
            switch (child.Name.LocalName)
            {
                case "documentation":
                    UnderstandTree(child);
                    break;
                case "extensionElements":
                    Understand(child);
                    break;
                case "incoming" or "outgoing" when nodeId is not null:
                    declaredFlowRefs.Add((child, nodeId, [Text(child).Trim()], child.Name.LocalName));
                    break;
            }
        }
    }

    private IEnumerable<XElement> Extensions(XElement element) =>
        element.Elements(Bpmn + "extensionElements").Elements();

    private static string Display(XAttribute attribute) =>
        attribute.Name.Namespace == XNamespace.None ? attribute.Name.LocalName : $"{BpmnNamespaces.Prefix(attribute.Name.Namespace)}:{attribute.Name.LocalName}";

    private static string Display(XElement element) =>
        element.Name.Namespace == Bpmn ? element.Name.LocalName : $"{BpmnNamespaces.Prefix(element.Name.Namespace)}:{element.Name.LocalName}";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
