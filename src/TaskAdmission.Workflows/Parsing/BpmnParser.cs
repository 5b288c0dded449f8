namespace TaskAdmission.Workflows.Parsing;

/// <summary>Parses and validates BPMN 2.0 XML into an executable <see cref="Definitions.ProcessDefinition"/>.</summary>
public static class BpmnParser
{
    /// <summary>Parses the XML, returning the definition or every problem found (never throws for bad input).</summary>
    public static BpmnParseResult Parse(string xml, BpmnParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return new BpmnReader(options ?? BpmnParserOptions.Default).Read(xml);
    }

    /// <summary>Parses the XML and throws <see cref="WorkflowDefinitionException"/> listing all problems when invalid.</summary>
    public static Definitions.ProcessDefinition ParseOrThrow(string xml, BpmnParserOptions? options = null)
    {
        var result = Parse(xml, options);
        return result.Definition ?? throw new WorkflowDefinitionException(result.Problems);
    }
}
