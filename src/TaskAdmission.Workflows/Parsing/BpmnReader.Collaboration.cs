using System.Xml.Linq;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>A collaboration: pools (participants) and message flows; only the executable pool runs, the rest documents partners.</summary>
internal sealed partial class BpmnReader
{
    /// <summary>Reads the collaboration; returns each participant with the process it refers to.</summary>
    private List<(XElement Participant, string ProcessRef)> ReadCollaboration(XElement collaboration)
    {
        Understand(collaboration);
        RequireId(collaboration);
        Attr(collaboration, "name");
        Bool(collaboration, "isClosed", Id(collaboration) ?? "collaboration");
        ReadCommonChildren(collaboration);
        var referenced = new List<(XElement, string)>();
        foreach (var child in collaboration.Elements().Where(c => c.Name.Namespace == Bpmn))
        {
            switch (child.Name.LocalName)
            {
                case "participant":
                    Understand(child);
                    RequireId(child);
                    Attr(child, "name");
                    ReadCommonChildren(child);
                    if (NullIfBlank(Attr(child, "processRef")) is { } processRef) referenced.Add((child, processRef));
                    break;
                case "messageFlow":
                    // Messages between pools are delivered through the API (DeliverMessageAsync); the flow documents who sends what.
                    Understand(child);
                    RequireId(child);
                    foreach (var name in new[] { "name", "sourceRef", "targetRef", "messageRef" }) Attr(child, name);
                    ReadCommonChildren(child);
                    break;
                case "textAnnotation" or "association" or "group":
                    UnderstandTree(child);
                    break;
            }
        }

        return referenced;
    }
}
