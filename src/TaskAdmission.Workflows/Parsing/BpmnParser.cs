namespace TaskAdmission.Workflows.Parsing;

/// <summary>Parses and validates BPMN 2.0 XML into an executable <see cref="Definitions.ProcessDefinition"/>.</summary>
public static class BpmnParser
{
    /// <summary>Parses the XML, returning the definition or every problem found (never throws for bad input).</summary>
    public static BpmnParseResult Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return new BpmnReader().Read(xml);
    }

    /// <summary>Parses the XML and throws <see cref="WorkflowDefinitionException"/> listing all problems when invalid.</summary>
    public static Definitions.ProcessDefinition ParseOrThrow(string xml)
    {
        var result = Parse(xml);
        return result.Definition ?? throw new WorkflowDefinitionException(result.Problems);
    }
}
