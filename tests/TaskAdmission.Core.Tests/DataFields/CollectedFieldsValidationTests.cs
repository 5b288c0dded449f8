using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Tests.Admission;

namespace TaskAdmission.Core.Tests.DataFields;

public sealed class CollectedFieldsValidationTests
{
    private static readonly TaskAdmission.Core.Admission.Precheck.PrecheckRequest Valid =
        PrecheckFixture.Base("困难群众走访", "走访困难群众。", ["XZ-04"], PrecheckFixture.D(DemandKind.Survey));

    [Fact]
    public void Validate_RefusesTooManyFields_WithTheLimitInTheMessage()
    {
        var problems = SubmissionValidator.Validate(Valid with { CollectedFields = [.. Enumerable.Range(1, 51).Select(i => $"字段{i}")] });

        var problem = Assert.Single(problems);
        Assert.Equal(("collectedFields", "TooMany"), (problem.Field, problem.Code));
        Assert.Equal("采集字段最多 50 项。", SubmissionMessages.Text(problem, AppLanguage.ZhCn));
    }

    [Fact]
    public void Validate_NamesTheOverLongField_AndTheOneWithASeparator()
    {
        var problems = SubmissionValidator.Validate(Valid with { CollectedFields = ["姓名", "这是一个非常非常长的字段名称用来测试超过四十个字符的限制是否生效并且给出准确的提示信息", "姓名;电话"] });

        Assert.Equal(["collectedFields[1] FieldNameTooLong", "collectedFields[2] FieldSeparator"], problems.Select(p => $"{p.Field} {p.Code}"));
        Assert.Equal("The data field \"这是一个非常非常长的字段…\" is longer than 40 characters.", SubmissionMessages.Text(problems[0], AppLanguage.En));
        Assert.Contains("“姓名;电话”", SubmissionMessages.Text(problems[1], AppLanguage.ZhCn));
    }

    [Fact]
    public void Validate_AsksForFields_WhenAReuseIsDeclaredWithoutThem() =>
        Assert.Equal(["reusesSubmissionId ReuseNeedsFields"],
            SubmissionValidator.Validate(Valid with { ReusesSubmissionId = Guid.NewGuid() }).Select(p => $"{p.Field} {p.Code}"));
}
