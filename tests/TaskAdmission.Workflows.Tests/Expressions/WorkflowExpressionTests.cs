using TaskAdmission.Workflows.Execution;
using TaskAdmission.Workflows.Expressions;

namespace TaskAdmission.Workflows.Tests.Expressions;

public sealed class WorkflowExpressionTests
{
    private static readonly IReadOnlyDictionary<string, System.Text.Json.JsonElement> Vars = WorkflowVariables.From(new
    {
        amount = 120,
        level = "county",
        approved = true,
        nrOfApproved = 2,
        nrOfInstances = 3,
        township = new { code = "330102", head = new { name = "王" } },
        roles = new[] { "A", "B" },
        nothing = (string?)null,
    });

    [Theory]
    [InlineData("amount > 100", true)]
    [InlineData("${amount <= 100}", false)]
    [InlineData("amount == 120 and level == 'county'", true)]
    [InlineData("amount == 120 && level == \"town\"", false)]
    [InlineData("amount < 0 || approved", true)]
    [InlineData("not approved", false)]
    [InlineData("!(amount != 120)", true)]
    [InlineData("level in ['county', 'city']", true)]
    [InlineData("level not in ['county', 'city']", false)]
    [InlineData("'B' in roles", true)]
    [InlineData("3 in [1, 2]", false)]
    [InlineData("nothing is null", true)]
    [InlineData("missing is null", true)]
    [InlineData("level is not null", true)]
    [InlineData("nothing == null", true)]
    [InlineData("township.code == '330102'", true)]
    [InlineData("township.head.name == '王'", true)]
    [InlineData("township.missing.deeper is null", true)]
    [InlineData("nrOfApproved / nrOfInstances >= 2/3", true)]
    [InlineData("(nrOfApproved - 1) / nrOfInstances >= 2/3", false)]
    [InlineData("0.1 + 0.2 == 0.3", true)]
    [InlineData("2 + 3 * 4 == 14", true)]
    [InlineData("-amount < 0", true)]
    [InlineData("'a' + 'b' == 'ab'", true)]
    [InlineData("'a' < 'b'", true)]
    [InlineData("1 == '1'", false)]
    public void EvaluateBoolean_ReturnsExpectedResult_ForValidExpression(string text, bool expected)
    {
        var result = WorkflowExpression.Parse(text).EvaluateBoolean(Vars);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("amount >", 9)]
    [InlineData("amount == 'open", 11)]
    [InlineData("(amount > 1", 12)]
    [InlineData("amount # 3", 8)]
    [InlineData("a.", 3)]
    [InlineData("x is 3", 6)]
    [InlineData("${ }", 3)]
    [InlineData("amount > 1 amount", 12)]
    public void Parse_ReportsColumn_WhenSyntaxIsInvalid(string text, int expectedPosition)
    {
        var error = Assert.Throws<ExpressionParseException>(() => WorkflowExpression.Parse(text));

        Assert.Equal(expectedPosition, error.Position);
        Assert.Contains($"position {expectedPosition}", error.Message);
    }

    [Theory]
    [InlineData("amount > 'x'", "cannot apply '>' to number and string")]
    [InlineData("amount / 0 > 1", "division by zero")]
    [InlineData("amount", "must be a boolean")]
    [InlineData("level in amount", "must be a list")]
    [InlineData("amount.x == 1", "cannot read property 'x'")]
    public void EvaluateBoolean_Throws_WhenTypesDoNotFit(string text, string expectedMessage)
    {
        var expression = WorkflowExpression.Parse(text);

        var error = Assert.Throws<ExpressionEvaluationException>(() => expression.EvaluateBoolean(Vars));

        Assert.Contains(expectedMessage, error.Message);
    }

    [Fact]
    public void EvaluateText_RendersStringWithoutQuotes_WhenResultIsString()
    {
        var text = WorkflowExpression.Parse("${township.code}").EvaluateText(Vars);

        Assert.Equal("330102", text);
    }

    [Fact]
    public void Evaluate_ReturnsJsonList_WhenResultIsListLiteral()
    {
        var json = WorkflowExpression.Parse("[amount, 'x', null]").Evaluate(Vars);

        Assert.Equal("[120,\"x\",null]", json.GetRawText());
    }

    [Fact]
    public void Parse_ReturnsSameInstance_WhenTextWasParsedBefore()
    {
        var first = WorkflowExpression.Parse("amount > 99");

        var second = WorkflowExpression.Parse("amount > 99");

        Assert.Same(first, second);
    }

    [Fact]
    public void TryParse_ReturnsFalseWithError_WhenTextIsInvalid()
    {
        var ok = WorkflowExpression.TryParse("a ==", out var expression, out var error);

        Assert.False(ok);
        Assert.Null(expression);
        Assert.Equal(5, error!.Position);
    }
}
