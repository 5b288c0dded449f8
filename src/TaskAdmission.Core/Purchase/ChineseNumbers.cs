using System.Text;

namespace TaskAdmission.Core.Purchase;

/// <summary>
/// Numbers as a Chinese agreement writes them: clause numbers in Chinese numerals (第十二条) and amounts in capital
/// figures (人民币伍万零叁佰元整), the way a contract prevents altering an amount. Hand-written: no library for this
/// restores from the package mirror, and the rules fit in a page.
/// </summary>
public static class ChineseNumbers
{
    private const string Digits = "零一二三四五六七八九";
    private const string Capitals = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] SmallUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] BigUnits = ["", "万", "亿", "万亿"];

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (1–999).</summary>
    public static string Numeral(int n)
    {
        if (n is < 1 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "clause numbers run from 1 to 999");
        }
        var (hundreds, tens, ones) = (n / 100, n / 10 % 10, n % 10);
        var text = new StringBuilder();
        if (hundreds > 0)
        {
            text.Append(Digits[hundreds]).Append('百');
            if (tens == 0 && ones > 0)
            {
                text.Append('零');
            }
        }
        if (tens > 0)
        {
            // 十二, not 一十二, when the number starts with its tens; 一百一十二 inside a larger number.
            text.Append(tens == 1 && hundreds == 0 ? "" : Digits[tens].ToString()).Append('十');
        }
        if (ones > 0)
        {
            text.Append(Digits[ones]);
        }
        return text.ToString();
    }

    /// <summary>Whole fen in capital figures: 5030000 → 人民币伍万零叁佰元整, 123 → 人民币壹元贰角叁分, 0 → 人民币零元整.</summary>
    public static string Capital(long fen)
    {
        if (fen < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fen), fen, "amounts in an agreement are not negative");
        }
        var (yuan, jiao, cents) = (fen / 100, fen / 10 % 10, fen % 10);
        var text = new StringBuilder("人民币");
        text.Append(yuan == 0 ? "零" : Integer(yuan)).Append('元');
        if (jiao == 0 && cents == 0)
        {
            return text.Append('整').ToString();
        }
        if (jiao > 0)
        {
            text.Append(Capitals[(int)jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            text.Append('零');
        }
        if (cents > 0)
        {
            text.Append(Capitals[(int)cents]).Append('分');
        }
        else
        {
            text.Append('整');
        }
        return text.ToString();
    }

    /// <summary>A positive whole number in capitals, four digits per group (万, 亿), with one 零 for each run of zeros inside.</summary>
    private static string Integer(long value)
    {
        var groups = new List<int>();
        for (var v = value; v > 0; v /= 10_000)
        {
            groups.Add((int)(v % 10_000));
        }
        var text = new StringBuilder();
        var zero = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var group = groups[g];
            if (group == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero || (text.Length > 0 && group < 1000))
            {
                text.Append('零');
            }
            zero = false;
            text.Append(Group(group)).Append(BigUnits[g]);
        }
        return text.ToString();
    }

    private static string Group(int group)
    {
        var text = new StringBuilder();
        var zero = false;
        for (var i = 3; i >= 0; i--)
        {
            var digit = group / (int)Math.Pow(10, i) % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero)
            {
                text.Append('零');
                zero = false;
            }
            text.Append(Capitals[digit]).Append(SmallUnits[i]);
        }
        return text.ToString();
    }
}
