namespace TaskAdmission.Web.Security.OAuth;

/// <summary>Names the scope an endpoint needs when the method's default (GET read, else submit) is not it.</summary>
public sealed record ApiScopeMetadata(string Scope);
