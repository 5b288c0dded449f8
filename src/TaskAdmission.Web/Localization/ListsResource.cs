namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the published-lists screens' strings in ListsResource.resx (zh-CN, the default) and ListsResource.en.resx.</summary>
public sealed class ListsResource;
