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

    /// <summary>Why an uploaded table could not be read (the imports of baselines and of the field dictionary alike), or its missing columns.</summary>
    public static List<BurdenProblem> OfSheet(SheetFile.Sheet? sheet, SheetFile.Failure failure, int maxRows, IEnumerable<string> requiredColumns) =>
        sheet is null
            ? [failure switch
            {
                SheetFile.Failure.TooManyRows => At("file", BurdenProblemCodes.TooManyRows, null, maxRows),
                SheetFile.Failure.Empty => At("file", BurdenProblemCodes.EmptyFile),
                _ => At("file", BurdenProblemCodes.UnreadableFile),
            }]
            : [.. requiredColumns.Where(c => !sheet.Header.Contains(c)).Select(c => At(c, BurdenProblemCodes.MissingColumn, 1, c))];
}
