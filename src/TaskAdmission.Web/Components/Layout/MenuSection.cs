namespace TaskAdmission.Web.Components.Layout;

/// <summary>A titled group of menu entries.</summary>
public sealed record MenuSection(string TitleKey, MenuItem[] Items);
