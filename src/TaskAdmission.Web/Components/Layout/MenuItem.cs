namespace TaskAdmission.Web.Components.Layout;

/// <summary>One menu entry and the roles that see it (none = all signed-in users).</summary>
public sealed record MenuItem(string Href, string TitleKey, string[] Roles);
