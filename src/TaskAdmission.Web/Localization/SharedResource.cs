namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the UI strings in SharedResource.resx (zh-CN, the default) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
