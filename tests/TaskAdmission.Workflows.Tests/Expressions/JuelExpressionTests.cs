using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Tests.Expressions;

/// <summary>Conditions as Flowable/Activiti models write them (JUEL, method-free).</summary>
public sealed class JuelExpressionTests
{
    private static readonly IReadOnlyDictionary<string, System.Text.Json.JsonElement> Vars = WorkflowVariables.From(new
    {
        amount = 1500,
        days = 3,
        kind = "fund",
        approved = false,
        reason = "",
        attachments = Array.Empty<string>(),
        signers = new[] { "a" },
        nothing = (string?)null,
    });

    [Theory]
    [InlineData("${amount gt 1000}", true)]
    [InlineData("${amount ge 1500 and amount lt 2000}", true)]
    [InlineData("${days le 3 && kind eq 'fund'}", true)]
    [InlineData("${kind ne 'fund' or not approved}", true)]
    [InlineData("${!approved}", true)]
    [InlineData("${empty reason}", true)]
    [InlineData("${empty attachments}", true)]
    [InlineData("${empty signers}", false)]
    [InlineData("${empty nothing}", true)]
    [InlineData("${empty missing}", true)]
    [InlineData("${not empty kind}", true)]
    [InlineData("${amount mod 7 == 2}", true)]
    [InlineData("${amount % 1000 eq 500}", true)]
    [InlineData("${amount div 500 eq 3}", true)]
    [InlineData("${(days gt 2 ? 'long' : 'short') eq 'long'}", true)]
    public void Juel_EvaluatesAsFlowableWould(string text, bool expected)
    {
        Assert.Equal(expected, WorkflowExpression.Parse(text).EvaluateBoolean(Vars));
    }

    [Theory]
    [InlineData("${execution.getVariable('days') > 3}", "method and function calls are not supported ('execution.getVariable(...)')")]
    [InlineData("${approvalService.check(amount)}", "method and function calls are not supported")]
    [InlineData("${signers[0] == 'a'}", "indexing with [...] is not supported")]
    [InlineData("${days gt}", "expected a value")]
    public void Juel_MethodCallsAndIndexing_AreRefusedAtDeployTime(string text, string expected)
    {
        var error = Assert.Throws<ExpressionParseException>(() => WorkflowExpression.Parse(text));

        Assert.Contains(expected, error.Problem);
    }
}
