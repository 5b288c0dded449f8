namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the burden strings in BurdenResource.resx (zh-CN, the default) and BurdenResource.en.resx.</summary>
public sealed class BurdenResource;
