using System.Globalization;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Burden;

/// <summary>
/// One thing wrong with a baseline or target (a form field, or a row and column of an imported file): a stable code
/// from <see cref="BurdenProblemCodes"/> and its arguments as invariant text.
/// </summary>
/// <param name="Row">The file row (header = 1), or null for a form.</param>
public sealed record BurdenProblem(string Field, string Code, int? Row, IReadOnlyList<string> Arguments) : IProblem
{
    public static BurdenProblem At(string field, string code, int? row = null, params object[] arguments) =>
        new(field, code, row, arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToArray());
}
