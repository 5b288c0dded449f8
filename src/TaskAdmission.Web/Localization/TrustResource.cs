namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the trust strings (audit record, decision checks, OAuth clients, two-factor sign-in) in TrustResource.resx (zh-CN) and TrustResource.en.resx.</summary>
public sealed class TrustResource;
