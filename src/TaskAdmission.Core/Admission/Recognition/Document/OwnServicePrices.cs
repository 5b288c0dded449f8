using TaskAdmission.Core.Lists;

namespace TaskAdmission.Core.Admission.Recognition.Document;

/// <summary>
/// (phase 30) In the village's own paper (its meeting's minutes or resolution), the price it sets for a service it runs
/// itself — the meals of its own 幸福院 or canteen (食堂就餐的老人每顿饭交伙食费几元) — is the provider's own price to its
/// users, decided by its own meeting: no department's fee put on the village to collect. The clause holding the match names
/// such a price ([own_service_prices.prices]: 伙食费, 餐费 …), and, those words aside, no tax or fee
/// ([document_scope.levied_dues]) and no money handed on ([document_scope.handed_up]: 上交镇财政所 is collecting for another).
/// Read only in the village's own paper and only where no other body demands in the sentence (the caller's conditions):
/// 按镇里要求收取卫生费, 收取伙食费后上交 keep their reading.
/// </summary>
internal static class OwnServicePrices
{
    private static readonly string[] Prices = RecognitionCues.Instance.List("own_service_prices.prices");
    private static readonly string[] LeviedDues = RecognitionCues.Instance.List("document_scope.levied_dues");
    private static readonly string[] HandedUp = RecognitionCues.Instance.List("document_scope.handed_up");

    internal static string? Of(FieldReading field, int sourceStart)
    {
        var k = DocumentText.ClauseAtSource(field, sourceStart);
        if (k < 0)
        {
            return null;
        }
        var clause = field.Text.Text[field.Clauses[k].Start..field.Clauses[k].End];
        if (Prices.FirstOrDefault(p => clause.Contains(p, StringComparison.Ordinal)) is not { } price)
        {
            return null;
        }
        var rest = Prices.Aggregate(clause, (words, p) => words.Replace(p, "", StringComparison.Ordinal));
        return LeviedDues.Any(d => rest.Contains(d, StringComparison.Ordinal)) || HandedUp.Any(h => clause.Contains(h, StringComparison.Ordinal))
            ? null : "自办服务收取" + price;
    }
}
