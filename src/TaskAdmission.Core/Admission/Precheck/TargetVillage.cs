using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Core.Admission.Precheck;

/// <summary>A village the task reaches, with its township and the lists in force for it on the start date.</summary>
public sealed record TargetVillage(string VillageCode, string TownshipCode, string DistrictCode, ListsInForce Lists);
