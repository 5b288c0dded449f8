using System.Text;
using TaskAdmission.Core.DataFields;
using Codes = TaskAdmission.Core.DataFields.DataFieldProblemCodes;

namespace TaskAdmission.Core.Tests.DataFields;

public sealed class DataFieldRulesTests
{
    private static readonly DataField[] Stored = [new() { Name = "公民身份号码", Group = "人口", Synonyms = ["身份证号"] }];

    [Fact]
    public void Validate_RefusesASynonymThatNamesAnotherField()
    {
        var problems = DataFieldRules.Validate([new DataFieldInput("证件号", null, "人口", ["身份证号"], 2)], Stored);

        var problem = Assert.Single(problems);
        Assert.Equal((Codes.NameTaken, 2, "synonyms"), (problem.Code, problem.Row, problem.Field));
        Assert.Equal(["身份证号", "公民身份号码"], problem.Arguments);
    }

    [Fact]
    public void Validate_AcceptsAReplacementOfTheSameField() =>
        Assert.Empty(DataFieldRules.Validate([new DataFieldInput("公民身份号码", "Citizen ID", "人口", ["身份证号", "身份证"])], Stored));

    [Fact]
    public void Validate_NamesEveryBadCell()
    {
        var problems = DataFieldRules.Validate(
        [
            new DataFieldInput(new string('字', DataField.NameMax + 1), null, "人口", [], 2),
            new DataFieldInput("住址", null, "", ["家庭,住址"], 3),
            new DataFieldInput("住址", null, "户籍", [], 4),
            new DataFieldInput("户号", null, "户籍", [.. Enumerable.Range(0, DataField.MaxSynonyms + 1).Select(i => $"户号{i}")], 5),
        ], Stored);

        Assert.Equal(
            ["2 name TooLong", "3 group Required", "3 synonyms BadCharacters", "5 synonyms TooManySynonyms"],
            problems.Select(p => $"{p.Row} {p.Field} {p.Code}"));
    }

    [Fact]
    public async Task ReadAsync_ReadsTheExportedShapeBack()
    {
        var rows = DataFieldFile.Rows([new DataField { Name = "公民身份号码", Group = "人口", Synonyms = ["身份证号", "身份证号码"], NameEn = "Citizen ID" }]);
        var csv = string.Join("\n", rows.Select(r => string.Join(",", r)));

        var (read, problems) = await DataFieldFile.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), xlsx: false);

        Assert.Empty(problems);
        var row = Assert.Single(read);
        Assert.Equal(("公民身份号码", "人口", "Citizen ID", 2), (row.Name, row.Group, row.NameEn, row.Row));
        Assert.Equal(["身份证号", "身份证号码"], row.Synonyms);
    }

    [Fact]
    public async Task ReadAsync_NamesAMissingColumn()
    {
        var (_, problems) = await DataFieldFile.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("name,synonyms\n姓名,名字")), xlsx: false);

        Assert.Equal([(Codes.MissingColumn, "group")], problems.Select(p => (p.Code, p.Field)));
    }
}
