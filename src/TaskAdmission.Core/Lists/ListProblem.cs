using System.Globalization;
using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Lists;

/// <summary>
/// One validation problem: a stable <see cref="Code"/>, where it is (file row, column, item code — whichever
/// apply) and the arguments the message catalogue needs. Render it with <see cref="ListMessages"/>.
/// </summary>
/// <param name="Row">1-based row in the file with the header as row 1 (so the first data row is 2).</param>
/// <param name="Column">The CSV column name, e.g. "list_kind".</param>
public sealed record ListProblem(
    ListProblemCode Code,
    int? Row,
    string? Column,
    string? ItemCode,
    IReadOnlyList<string> Arguments) : IProblem
{
    // As a refusal's problem: the column when the rule names one, else the item, else the whole set.
    string IProblem.Field => Column ?? ItemCode ?? "";

    string IProblem.Code => Code.ToString();

    public static ListProblem At(ListProblemCode code, int? row, string? column, params object?[] arguments) =>
        new(code, row, column, null, Format(arguments));

    public static ListProblem ForItem(ListProblemCode code, string itemCode, int? row, params object?[] arguments) =>
        new(code, row, null, itemCode, Format(arguments));

    public static ListProblem General(ListProblemCode code, params object?[] arguments) =>
        new(code, null, null, null, Format(arguments));

    public override string ToString() =>
        $"{Code} row={Row} column={Column} item={ItemCode} [{string.Join(", ", Arguments)}]";

    // Arguments are stored as invariant text so that problems can be logged, serialised and rendered alike.
    private static string[] Format(object?[] arguments) => arguments.Select(a => a switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DemandKind k => DemandKinds.Format(k),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => a.ToString() ?? "",
    }).ToArray();
}
