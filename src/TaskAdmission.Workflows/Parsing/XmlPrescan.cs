using System.Xml;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>
/// Reads the file once as a stream before anything is built: counts elements and nesting depth against the limits, and
/// refuses DTDs (entity expansion). A refused file never reaches the tree builder or the graph checks.
/// </summary>
internal static class XmlPrescan
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Returns the problem that stops reading, or null when the file is within the limits.</summary>
    public static ParseProblem? Check(string xml, BpmnParserOptions options)
    {
        if (xml.Length > options.MaxCharacters)
        {
            return new ParseProblem("document", 0, $"the file has {xml.Length:N0} characters; at most {options.MaxCharacters:N0} are accepted");
        }

        var elements = 0;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (++elements > options.MaxElements)
                {
                    return new ParseProblem("document", LineOf(reader),
                        $"the file has more than {options.MaxElements:N0} XML elements (diagram included); split the process (call activities) or raise the limit");
                }

                if (reader.Depth >= options.MaxDepth)
                {
                    return new ParseProblem("document", LineOf(reader), $"elements are nested more than {options.MaxDepth} levels deep");
                }
            }
        }
        catch (XmlException e)
        {
            if (e.Message.Contains("DTD", StringComparison.Ordinal))
            {
                // The reader gives no position for a prohibited DTD; the line of the declaration is what a user looks for.
                var at = xml.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
                var line = e.LineNumber > 0 ? e.LineNumber : at < 0 ? 1 : 1 + xml.AsSpan(0, at).Count('\n');
                return new ParseProblem("document", line, "DOCTYPE declarations are not allowed in BPMN files; remove the <!DOCTYPE …> declaration (entities are not expanded)");
            }

            if (string.IsNullOrWhiteSpace(xml)) return new ParseProblem("document", 1, "the file is empty");
            return new ParseProblem("document", Math.Max(1, e.LineNumber), $"not well-formed XML: {e.Message}");
        }

        return null;
    }

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;
}
