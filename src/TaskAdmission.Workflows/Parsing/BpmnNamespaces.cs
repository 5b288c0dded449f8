using System.Xml.Linq;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>XML namespaces the parser knows: everything in them is either understood or reported.</summary>
public static class BpmnNamespaces
{
    /// <summary>The BPMN 2.0 model namespace.</summary>
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>BPMN diagram interchange (layout; the whole diagram is read as layout and never executed).</summary>
    public static readonly XNamespace Diagram = "http://www.omg.org/spec/BPMN/20100524/DI";

    /// <summary>Diagram common (bounds, fonts), used inside the diagram only.</summary>
    public static readonly XNamespace DiagramCommon = "http://www.omg.org/spec/DD/20100524/DC";

    /// <summary>Diagram interchange (waypoints), used inside the diagram only.</summary>
    public static readonly XNamespace DiagramInterchange = "http://www.omg.org/spec/DD/20100524/DI";

    /// <summary>Our extension namespace, conventionally prefixed <c>ta:</c>.</summary>
    public static readonly XNamespace TaskAdmission = "https://taskadmission.example/bpmn";

    /// <summary>The Flowable extension namespace (<c>flowable:</c>), read as the Flowable/Activiti dialect.</summary>
    public static readonly XNamespace Flowable = "http://flowable.org/bpmn";

    /// <summary>The Activiti extension namespace (<c>activiti:</c>), read like Flowable's.</summary>
    public static readonly XNamespace Activiti = "http://activiti.org/bpmn";

    /// <summary>The Camunda 7 extension namespace (<c>camunda:</c>), read like Flowable's where the attributes are the same.</summary>
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    /// <summary>The Zeebe (Camunda 8) extension namespace; its task definitions need Zeebe workers, so it is refused.</summary>
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    /// <summary>Camunda Modeler's own metadata (the execution platform it targeted); read and of no effect.</summary>
    public static readonly XNamespace CamundaModeler = "http://camunda.org/schema/modeler/1.0";

    /// <summary>The XML Schema instance namespace (xsi:type on conditions, xsi:schemaLocation).</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Namespaces whose content is read: anything in them the engine does not understand is an error.</summary>
    public static readonly IReadOnlyList<XNamespace> Known =
        [Model, Diagram, DiagramCommon, DiagramInterchange, TaskAdmission, Flowable, Activiti, Camunda, Zeebe, CamundaModeler, Xsi, XNamespace.Xml];

    /// <summary>True for the namespaces whose extension attributes are read as the Flowable/Activiti dialect.</summary>
    public static bool IsDialect(XNamespace ns) => ns == Flowable || ns == Activiti || ns == Camunda;

    /// <summary>The usual prefix of a known namespace, for messages.</summary>
    public static string Prefix(XNamespace ns) =>
        ns == Model ? "bpmn" : ns == TaskAdmission ? "ta" : ns == Flowable ? "flowable" : ns == Activiti ? "activiti"
        : ns == Camunda ? "camunda" : ns == Zeebe ? "zeebe" : ns == Xsi ? "xsi" : ns == Diagram ? "bpmndi"
        : ns == DiagramCommon ? "dc" : ns == DiagramInterchange ? "di" : ns == XNamespace.Xml ? "xml" : ns == CamundaModeler ? "modeler" : ns.NamespaceName;
}
