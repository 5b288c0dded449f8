using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>Timer definitions, and references to root messages, signals, errors and escalations.</summary>
internal sealed partial class BpmnReader
{
    private TimerSpec? ReadTimer(XElement definition, string id, bool allowCycle)
    {
        var parts = new[] { "timeDuration", "timeDate", "timeCycle" }.Select(n => definition.Element(Bpmn + n)).OfType<XElement>().ToList();
        foreach (var part in parts)
        {
            Understand(part);
            Attr(part, "id");
            Attr(part, BpmnNamespaces.Xsi + "type");
        }

        if (parts.Count != 1)
        {
            problems.Error(definition, id, allowCycle
                ? "timerEventDefinition needs exactly one of timeDuration, timeDate or timeCycle"
                : "timerEventDefinition needs exactly one of timeDuration or timeDate");
            foreach (var part in parts) Text(part);
            return null;
        }

        var source = parts[0];
        var text = Text(source);
        if (source.Name.LocalName == "timeCycle" && !allowCycle)
        {
            problems.Error(source, id, "timeCycle timers are only supported on start events; use timeDuration or timeDate here");
            return null;
        }

        if (text.Contains("${", StringComparison.Ordinal))
        {
            problems.Error(source, id, $"{source.Name.LocalName} '{text.Trim()}' is an expression; timers are fixed in the file");
            return null;
        }

        try
        {
            return source.Name.LocalName switch
            {
                "timeDuration" => TimerSpec.ParseDuration(text),
                "timeDate" => TimerSpec.ParseDate(text),
                _ => TimerSpec.ParseCycle(text),
            };
        }
        catch (FormatException e)
        {
            problems.Error(source, id, e.Message);
            return null;
        }
    }

    private string? MessageName(XElement element, string id) => Named(element, id, "messageRef", messageNames, "message");

    private string? SignalName(XElement element, string id) => Named(element, id, "signalRef", signalNames, "signal");

    private string? Named(XElement element, string id, string attribute, Dictionary<string, string?> declared, string kind)
    {
        var reference = NullIfBlank(Attr(element, attribute));
        if (reference is null)
        {
            problems.Error(element, id, $"{element.Name.LocalName} has no {attribute}");
            return null;
        }

        if (!declared.TryGetValue(reference, out var name))
        {
            problems.Error(element, id, $"{attribute} '{reference}' does not match any {kind} element");
            return null;
        }

        return name;
    }

    private string? Code(XElement definition, string id, string attribute, Dictionary<string, string?> declared, string kind, bool required)
    {
        var reference = NullIfBlank(Attr(definition, attribute));
        if (reference is null)
        {
            if (required) problems.Error(definition, id, $"{kind} end event has no {attribute}");
            return null;
        }

        if (!declared.TryGetValue(reference, out var code))
        {
            problems.Error(definition, id, $"{attribute} '{reference}' does not match any {kind} element");
            return null;
        }

        return code;
    }
}
