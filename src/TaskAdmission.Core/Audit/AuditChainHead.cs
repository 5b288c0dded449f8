using System.Globalization;

namespace TaskAdmission.Core.Audit;

/// <summary>
/// The last link of the audit chain. Whoever holds an exported head can later prove that nothing up to it was
/// rewritten or deleted: <c>verify-audit --head &lt;sequence&gt;:&lt;hash&gt;</c>.
/// </summary>
public sealed record AuditChainHead(long Sequence, string Hash, DateTime AtUtc)
{
    /// <summary>The head of an empty chain.</summary>
    public static readonly AuditChainHead Empty = new(0, AuditHash.Genesis, DateTime.MinValue);

    /// <summary><c>sequence:hash</c>, the form the command line takes back.</summary>
    public override string ToString() => $"{Sequence.ToString(CultureInfo.InvariantCulture)}:{Hash}";

    /// <summary>Reads <c>sequence:hash</c>; null when it is not of that shape.</summary>
    public static AuditChainHead? Parse(string? text)
    {
        var parts = text?.Trim().Split(':');
        return parts is [var sequence, var hash]
            && long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            && hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower)
            ? new AuditChainHead(number, hash, DateTime.MinValue)
            : null;
    }
}
