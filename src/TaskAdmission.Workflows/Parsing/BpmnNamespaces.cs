using System.Xml.Linq;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>XML namespaces the parser understands.</summary>
public static class BpmnNamespaces
{
    /// <summary>The BPMN 2.0 model namespace.</summary>
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>Our extension namespace, conventionally prefixed <c>ta:</c>.</summary>
    public static readonly XNamespace TaskAdmission = "https://taskadmission.example/bpmn";

    /// <summary>The Camunda 7 extension namespace; its attributes carry semantics we do not run, so they are refused.</summary>
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    /// <summary>The Zeebe (Camunda 8) extension namespace; refused for the same reason.</summary>
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    /// <summary>The XML Schema instance namespace (xsi:type on conditions).</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
}
