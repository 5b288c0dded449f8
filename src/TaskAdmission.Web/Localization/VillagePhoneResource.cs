namespace TaskAdmission.Web.Localization;

/// <summary>
/// Marker for what a village committee reads on its phone after each action (VillagePhoneResource.resx, zh-CN, and
/// .en.resx): confirmations that name the work, the "is this admitted?" answer, the public page's frame.
/// </summary>
public sealed class VillagePhoneResource;
