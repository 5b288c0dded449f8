using CsCheck;
using TaskAdmission.Core.Purchase;

namespace TaskAdmission.Core.Tests.Purchase;

public sealed class CreditCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Theory]
    [InlineData("91350100M000100Y43")] // the worked example of GB 32100-2015
    [InlineData("91350100m000100y43")] // typed in lower case
    [InlineData(" 91350100M000100Y43 ")]
    public void IsValid_AcceptsTheStandardsExample(string code) => Assert.True(CreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y44")] // wrong check character
    [InlineData("91350100M000100Y4")] // 17 characters
    [InlineData("91350100M000100Y433")] // 19 characters
    [InlineData("9135010OM000100Y43")] // O is not in the alphabet
    [InlineData("91A50100M000100Y43")] // the division code is six digits
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_RefusesMalformedCodes(string? code) => Assert.False(CreditCode.IsValid(code));

    [Fact]
    public void CheckCharacter_IsTheOneTheStandardGives() => Assert.Equal('3', CreditCode.CheckCharacter("91350100M000100Y4"));

    [Fact]
    public void AnySingleWrongCharacter_IsDetected()
    {
        var body = Gen.Select(Gen.Char[Alphabet].Array[2], Gen.Char['0', '9'].Array[6], Gen.Char[Alphabet].Array[9])
            .Select((a, b, c) => new string([.. a, .. b, .. c]));
        Gen.Select(body, Gen.Int[0, 17], Gen.Int[1, 30]).Sample((b, position, shift) =>
        {
            var code = b + CreditCode.CheckCharacter(b);
            Assert.True(CreditCode.IsValid(code));
            var chars = code.ToCharArray();
            var replaced = Alphabet[(Alphabet.IndexOf(chars[position]) + shift) % 31];
            if (position is >= 2 and < 8 && !char.IsAsciiDigit(replaced))
            {
                return; // the division code then fails its own shape rule, tested above
            }
            chars[position] = replaced;
            Assert.False(CreditCode.IsValid(new string(chars)));
        }, iter: 2_000);
    }
}
