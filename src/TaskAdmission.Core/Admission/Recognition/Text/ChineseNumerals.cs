namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// Chinese numbers that count something (两项, 三十个, 第五, 百分之九十五) as Arabic digits, so a phrase written with
/// digits matches a notice written in characters. Only before a unit or after 第/百分之: 一票否决 and 一事一议 stay words.
/// </summary>
internal static class ChineseNumerals
{
    private const string Units = "个项家户次人名批件份条笔元万亿年月日天周轮期处所座村%";
    private const string Percent = "百分之";

    public static bool TryRead(string s, int i, out string digits, out int consumed)
    {
        digits = "";
        consumed = 0;
        var percent = string.CompareOrdinal(s, i, Percent, 0, Percent.Length) == 0;
        var start = percent ? i + Percent.Length : i;
        var end = start;
        while (end < s.Length && Value(s[end]) >= 0)
        {
            end++;
        }
        if (end == start || end - start > 8)
        {
            return false;
        }
        var counted = percent || (end < s.Length && Units.Contains(s[end])) || (i > 0 && s[i - 1] == '第');
        // A lone 万 or 十 with no digit before is a word (万一, 十分), not a number.
        if (!counted || (end - start == 1 && s[start] is '万' or '亿' or '千' or '百'))
        {
            return false;
        }
        var value = Parse(s.AsSpan(start, end - start));
        digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture) + (percent ? "%" : "");
        consumed = end - i;
        return true;
    }

    private static long Parse(ReadOnlySpan<char> text)
    {
        if (IsPlainSequence(text))
        {
            long plain = 0;
            foreach (var c in text)
            {
                plain = plain * 10 + Value(c);
            }
            return plain;
        }
        long total = 0, section = 0, number = 0;
        foreach (var c in text)
        {
            var v = Value(c);
            if (v < 10)
            {
                number = v;
            }
            else if (v <= 1000)
            {
                section += (number == 0 ? 1 : number) * v;
                number = 0;
            }
            else
            {
                total += (section + number) * v;
                section = 0;
                number = 0;
            }
        }
        return total + section + number;
    }

    // 二〇二六 is written digit by digit; 二十六 uses multipliers.
    private static bool IsPlainSequence(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Value(c) >= 10)
            {
                return false;
            }
        }
        return true;
    }

    private static int Value(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => -1,
    };
}
