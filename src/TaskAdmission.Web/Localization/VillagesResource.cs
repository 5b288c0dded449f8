namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the village-work strings in VillagesResource.resx (zh-CN, the default) and VillagesResource.en.resx.</summary>
public sealed class VillagesResource;
