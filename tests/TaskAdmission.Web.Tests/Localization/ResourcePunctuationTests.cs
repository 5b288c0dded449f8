using System.Text.RegularExpressions;
using System.Xml.Linq;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Localization;

/// <summary>
/// Chinese typesetting in every Chinese resource text: a comma, colon, semicolon, question or exclamation mark
/// beside a Chinese character is full-width (，：；？！), and brackets around Chinese are （）.
/// <c>scripts/add-strings.py</c> writes them so; <c>--fix-punctuation</c> repairs a file edited by hand.
/// </summary>
public sealed partial class ResourcePunctuationTests
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}\s*[,:;?!]|[,:;?!]\s*\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex AsciiPunctuationBesideChinese();

    [GeneratedRegex(@"\([^()]*\p{IsCJKUnifiedIdeographs}[^()]*\)|\p{IsCJKUnifiedIdeographs}\(")]
    private static partial Regex AsciiBracketsAroundChinese();

    public static TheoryData<string> ChineseResources() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Combine("src", "TaskAdmission.Web", "Localization"), "*.resx")
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(ChineseResources))]
    public void ChineseTexts_UseFullWidthPunctuation_BesideChineseCharacters(string file)
    {
        var texts = XDocument.Load(RepositoryPaths.Combine("src", "TaskAdmission.Web", "Localization", file)).Root!.Elements("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Text: Regex.Replace((string?)d.Element("value") ?? "", @"\{[^{}]*\}", "0")));

        var offending = texts.Where(t => AsciiPunctuationBesideChinese().IsMatch(t.Text) || AsciiBracketsAroundChinese().IsMatch(t.Text))
            .Select(t => $"{t.Key}: {t.Text}").ToList();

        Assert.True(offending.Count == 0, $"{file}: {offending.Count} texts with ASCII punctuation in Chinese:\n{string.Join('\n', offending)}");
    }

    [Fact]
    public void ChineseResources_AreAllChecked()
    {
        Assert.True(ChineseResources().Count >= 9, "the resource folder moved: this test would check nothing");
    }
}
