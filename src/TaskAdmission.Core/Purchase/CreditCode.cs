namespace TaskAdmission.Core.Purchase;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character set (digits and
/// capitals without I, O, Z, S, V): registration authority, organisation category, a 6-digit administrative division,
/// the 9-character organisation code, and a check character computed over the first 17 with fixed weights, mod 31.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper case, without surrounding blanks (people type codes in lower case too).</summary>
    public static string Normalise(string? code) => (code ?? "").Trim().ToUpperInvariant();

    /// <summary>True when the code has the standard's shape and its 18th character is the right check character.</summary>
    public static bool IsValid(string? code)
    {
        var c = Normalise(code);
        if (c.Length != Length || !c.All(ch => Alphabet.Contains(ch)) || !c.Substring(2, 6).All(char.IsAsciiDigit))
        {
            return false;
        }
        return CheckCharacter(c[..17]) == c[17];
    }

    /// <summary>The check character of a 17-character body (GB 32100-2015, 5.3): 31 − (Σ value × weight mod 31), 31 read as 0.</summary>
    public static char CheckCharacter(string body)
    {
        if (body.Length != Length - 1)
        {
            throw new ArgumentException("the body of a credit code has 17 characters", nameof(body));
        }
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var value = Alphabet.IndexOf(body[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{body[i]}' is not a credit code character", nameof(body));
            }
            sum += value * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }
}
