namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the resubmission comparison's strings in RevisionResource.resx (zh-CN, the default) and RevisionResource.en.resx.</summary>
public sealed class RevisionResource;
