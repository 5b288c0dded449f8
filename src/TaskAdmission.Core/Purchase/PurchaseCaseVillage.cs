namespace TaskAdmission.Core.Purchase;

/// <summary>A village the purchased service covers, with its township and district (the scope of township and district readers).</summary>
public sealed class PurchaseCaseVillage
{
    public Guid CaseId { get; set; }
    public string VillageCode { get; set; } = "";
    public string TownshipCode { get; set; } = "";
    public string DistrictCode { get; set; } = "";
}
