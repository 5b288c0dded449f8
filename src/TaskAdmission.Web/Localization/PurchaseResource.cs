namespace TaskAdmission.Web.Localization;

/// <summary>Marker for the purchase-of-service screens' strings in PurchaseResource.resx (zh-CN, the default) and PurchaseResource.en.resx.</summary>
public sealed class PurchaseResource;
