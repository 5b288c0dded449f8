namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the collect-once strings (field dictionary, collected fields, register) in CollectionResource.resx (zh-CN) and .en.resx.</summary>
public sealed class CollectionResource;
