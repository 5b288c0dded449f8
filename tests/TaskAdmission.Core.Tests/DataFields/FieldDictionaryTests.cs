using TaskAdmission.Core.DataFields;

namespace TaskAdmission.Core.Tests.DataFields;

public sealed class FieldDictionaryTests
{
    internal static FieldDictionary Demo() => new(
    [
        new DataField { Name = "公民身份号码", Group = "人口", Synonyms = ["身份证号", "身份证号码"] },
        new DataField { Name = "联系电话", Group = "人口", Synonyms = ["手机号"], NameEn = "Phone number" },
        new DataField { Name = "耕地面积", Group = "农业", Synonyms = ["承包耕地面积"] },
        new DataField { Name = "统一社会信用代码", Group = "企业", Synonyms = ["信用代码"] },
    ]);

    [Theory]
    [InlineData("身份证号", "公民身份号码")]
    [InlineData(" 身份证 号码 ", "公民身份号码")]
    [InlineData("（身份证号）", "公民身份号码")]
    [InlineData("手机号", "联系电话")]
    [InlineData("联系电话", "联系电话")]
    [InlineData("宠物数量", "宠物数量")]
    [InlineData("ＡＢＣ　编号", "ABC 编号")]
    public void Canonical_MapsSynonymsAndKeepsFreeNamesCleaned(string written, string stored) =>
        Assert.Equal(stored, Demo().Canonical(written));

    [Fact]
    public void Normalise_DropsBlanksAndRepeatsBySynonym_InTheOrderGiven() =>
        Assert.Equal(["联系电话", "公民身份号码", "宠物数量"], Demo().Normalise(["手机号", "身份证号", "", "公民身份号码", "宠物数量", "宠物 数量"]));

    [Fact]
    public void Search_FindsByNameAndBySynonym_NamesFirst()
    {
        var dictionary = Demo();

        Assert.Equal(["公民身份号码"], dictionary.Search("身份证", 10).Select(f => f.Name));
        Assert.Equal(["统一社会信用代码"], dictionary.Search("信用", 10).Select(f => f.Name));
        Assert.Empty(dictionary.Search("宠物", 10));
    }

    [Fact]
    public void Split_ReadsEverySeparatorPeopleUse() =>
        Assert.Equal(["姓名", "身份证号", "联系电话", "家庭住址", "耕地面积"], FieldNames.Split("姓名、身份证号,联系电话;家庭住址\n耕地面积;;"));

    [Fact]
    public void Shared_ComparesByKey_AndKeepsTheFirstListsOrder() =>
        Assert.Equal(["联系电话", "公民身份号码"], FieldOverlap.Shared(["联系电话", "姓名", "公民身份号码"], ["公民身份号码", "联系 电话", "耕地面积"]));
}
