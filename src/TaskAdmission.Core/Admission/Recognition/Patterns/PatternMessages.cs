using System.Globalization;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Patterns;

/// <summary>The reason a phrase is refused, in zh-CN and English ({0} is the piece concerned).</summary>
public static class PatternMessages
{
    private static readonly Dictionary<PatternErrorCode, (string Zh, string En)> Texts = new()
    {
        [PatternErrorCode.Empty] = ("识别式为空", "the phrase is empty"),
        [PatternErrorCode.UnexpectedCharacter] = ("此处不应出现“{0}”", "'{0}' is not allowed here"),
        [PatternErrorCode.UnbalancedParenthesis] = ("括号“{0}”没有配对", "parenthesis '{0}' is not closed or opened"),
        [PatternErrorCode.UnbalancedBrace] = ("花括号“{0}”没有配对", "brace '{0}' is not closed or opened"),
        [PatternErrorCode.NestedParenthesis] = ("括号内不能再嵌套括号", "parentheses cannot be nested"),
        [PatternErrorCode.EmptyAlternative] = ("“{0}”中有空的可选项，会匹配空字符串", "'{0}' has an empty alternative, which matches the empty string"),
        [PatternErrorCode.GapWithoutNumber] = ("“~”后须写字符数（1–50）", "'~' must be followed by a number of characters (1–50)"),
        [PatternErrorCode.GapOutOfRange] = ("间隔 {0} 超出范围，应为 1–50 个字符", "gap {0} is out of range; use 1–50 characters"),
        [PatternErrorCode.GapWithoutTerm] = ("“~”两侧都须有词语", "'~' needs a term on both sides"),
        [PatternErrorCode.ExclusionWithoutTerm] = ("“!”后须写要排除的词语", "'!' must be followed by the term to exclude"),
        [PatternErrorCode.TermAfterExclusion] = ("排除项“!”须写在识别式末尾", "exclusions ('!') must come at the end of the phrase"),
        [PatternErrorCode.TooManyTerms] = ("词语过多，最多 {0} 个", "too many terms; at most {0}"),
        [PatternErrorCode.TooManyExclusions] = ("排除项过多，最多 {0} 个", "too many exclusions; at most {0}"),
        [PatternErrorCode.TooManyAlternatives] = ("展开后可选项超过 {0} 个，会拖慢审查", "more than {0} alternatives once expanded; it would slow every check"),
        [PatternErrorCode.LiteralTooLong] = ("词语过长，最多 {0} 个字符", "a term is too long; at most {0} characters"),
        [PatternErrorCode.MatchesEmpty] = ("词语规范化后为空，会匹配空字符串", "the term is empty once normalised, so it would match the empty string"),
        [PatternErrorCode.TooBroad] = ("单独一个字“{0}”几乎匹配所有通知，须与其他词语用“~”组合", "the single character '{0}' alone matches almost every notice; combine it with another term using '~'"),
        [PatternErrorCode.ClauseBreakInLiteral] = ("词语含标点“{0}”，而识别只在一个分句内进行，永远无法匹配", "the term contains '{0}', but matching happens within one clause, so it can never match"),
        [PatternErrorCode.UnknownGroup] = ("同义词组“{0}”未定义", "synonym group '{0}' is not defined"),
        [PatternErrorCode.TooManyEntries] = ("一格最多 {0} 条识别式", "at most {0} phrases per cell"),
        [PatternErrorCode.SingleChoice] = ("“{0}”的括号里只有一项：识别式中的括号表示“任选其一”，不匹配通知里的括号（如“村（社区）”）；请直接写词语，或写成“(村|社区)”",
            "'{0}' holds a single choice: brackets in a phrase mean 'any one of' and never match brackets in the notice (as in 村（社区）); write the word itself, or (村|社区)"),
    };

    public static string Text(PatternErrorCode code, string detail, AppLanguage language)
    {
        var (zh, en) = Texts.TryGetValue(code, out var t) ? t : (code.ToString(), code.ToString());
        return string.Format(CultureInfo.InvariantCulture, language == AppLanguage.En ? en : zh, detail);
    }

    public static IEnumerable<PatternErrorCode> Codes => Texts.Keys;
}
