using TaskAdmission.Core.Common;

namespace TaskAdmission.Core.Purchase;

/// <summary>
/// One thing wrong with a purchase command (<see cref="IProblem.Field"/> as a JSON path, e.g. milestones[1].amount)
/// or with a provider file (the column, and the file's row in <see cref="Row"/>).
/// </summary>
public sealed record PurchaseProblem(string Field, PurchaseProblemCode Kind, params object[] Arguments) : IProblem
{
    public string Code => Kind.ToString();

    /// <summary>The row of an imported file (Excel's row number, or the CSV line), null for a form.</summary>
    public int? Row { get; init; }

    /// <summary>A refusal of a whole command (not one field): a conflict, a wrong step.</summary>
    public static RefusalException Conflict(PurchaseProblemCode code, params object[] args) =>
        new(RefusalKind.Conflict, [new PurchaseProblem("", code, args)]);

    /// <summary>A conflict the database reported (a concurrency token, a unique index): someone else was first.</summary>
    public static RefusalException ConflictFrom(Exception inner, PurchaseProblemCode code = PurchaseProblemCode.StepTaken) =>
        new(RefusalKind.Conflict, [new PurchaseProblem("", code)], inner);

    public static RefusalException Forbidden(PurchaseProblemCode code) => new(RefusalKind.Forbidden, [new PurchaseProblem("", code)]);

    public static RefusalException Invalid(string field, PurchaseProblemCode code, params object[] args) =>
        RefusalException.Invalid([new PurchaseProblem(field, code, args)]);
}
