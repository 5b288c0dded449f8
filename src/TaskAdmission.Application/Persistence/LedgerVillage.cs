namespace TaskAdmission.Application.Persistence;

/// <summary>A village a ledger increment applies to, with the township and district its rows are filed under.</summary>
public sealed record LedgerVillage(string Code, string TownshipCode, string DistrictCode);
