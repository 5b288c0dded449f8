using System.Xml.Linq;
using TaskAdmission.Workflows.Definitions;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Parsing;

/// <summary>multiInstanceLoopCharacteristics: a collection (ta: or dialect) or a loopCardinality, and a completion condition.</summary>
internal sealed partial class BpmnReader
{
    private MultiInstanceSpec? ReadMultiInstance(XElement element, string activityId)
    {
        Understand(element);
        Attr(element, "id");
        ReadCommonChildren(element);
        var sequential = Bool(element, "isSequential", activityId) ?? false;
        if (Attr(element, "behavior") is { } behavior && behavior.Trim() != "All")
        {
            problems.Error(element, activityId, $"multi-instance behavior=\"{behavior}\" is not supported (only All: every instance ends)");
        }

        var (collectionText, collectionAttribute) = OneOf(element, "collection", "collection", activityId);
        var (variableText, _) = OneOf(element, "elementVariable", "elementVariable", activityId);
        var cardinalityElement = element.Element(Bpmn + "loopCardinality");
        WorkflowExpression? cardinality = null;
        if (cardinalityElement is not null)
        {
            Understand(cardinalityElement);
            Attr(cardinalityElement, BpmnNamespaces.Xsi + "type");
            Attr(cardinalityElement, "id");
            var text = Text(cardinalityElement);
            cardinality = string.IsNullOrWhiteSpace(text) ? null : ParseExpression(cardinalityElement, activityId, text, "loopCardinality");
            if (string.IsNullOrWhiteSpace(text)) problems.Error(cardinalityElement, activityId, "loopCardinality is empty");
        }

        var hasCollection = !string.IsNullOrWhiteSpace(collectionText);
        if (!hasCollection && cardinalityElement is null)
        {
            problems.Error(element, activityId, "multiInstanceLoopCharacteristics needs ta:collection (the variable holding the list, e.g. of signers) or a loopCardinality");
        }

        if (hasCollection && cardinalityElement is not null)
        {
            problems.Error(element, activityId, "multiInstanceLoopCharacteristics has both a collection and a loopCardinality; keep one");
        }

        if (hasCollection && string.IsNullOrWhiteSpace(variableText))
        {
            problems.Error(element, activityId, "multiInstanceLoopCharacteristics needs ta:elementVariable (the variable holding each instance's element)");
        }

        var collection = hasCollection ? ParseExpression(collectionAttribute!, activityId, collectionText!, Display(collectionAttribute!)) : null;
        WorkflowExpression? condition = null;
        if (element.Element(Bpmn + "completionCondition") is { } completion)
        {
            Understand(completion);
            Attr(completion, BpmnNamespaces.Xsi + "type");
            Attr(completion, "id");
            var text = Text(completion);
            if (!string.IsNullOrWhiteSpace(text)) condition = ParseExpression(completion, activityId, text, "completionCondition");
        }

        var outcome = Attr(element, Ta + "outcomeVariable") ?? "outcome";
        var result = Attr(element, Ta + "resultVariable") ?? activityId + "Result";
        if ((hasCollection && (collection is null || string.IsNullOrWhiteSpace(variableText))) || (!hasCollection && cardinality is null)) return null;
        return new MultiInstanceSpec(sequential, collection, cardinality, NullIfBlank(variableText), condition, outcome.Trim(), result.Trim());
    }
}
