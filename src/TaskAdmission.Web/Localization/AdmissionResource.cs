namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the admission screens' strings in AdmissionResource.resx (zh-CN, the default) and AdmissionResource.en.resx.</summary>
public sealed class AdmissionResource;
