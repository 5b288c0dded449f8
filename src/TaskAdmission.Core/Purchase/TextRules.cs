namespace TaskAdmission.Core.Purchase;

/// <summary>The required-and-bounded check every purchase text field shares.</summary>
internal static class TextRules
{
    public static void Required(List<PurchaseProblem> problems, string field, string? value, int max)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
        {
            problems.Add(new PurchaseProblem(field, PurchaseProblemCode.Required));
        }
        else if (text.Length > max)
        {
            problems.Add(new PurchaseProblem(field, PurchaseProblemCode.TooLong, max));
        }
    }

    public static void Optional(List<PurchaseProblem> problems, string field, string? value, int max)
    {
        if ((value ?? "").Trim().Length > max)
        {
            problems.Add(new PurchaseProblem(field, PurchaseProblemCode.TooLong, max));
        }
    }
}
