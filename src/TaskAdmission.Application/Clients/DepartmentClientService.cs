using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TaskAdmission.Application.Clients;

/// <summary>
/// Registers, rotates and disables the OAuth 2.0 clients of department systems (client-credentials flow), one per
/// department. OpenIddict keeps only a hash of each secret; the plain secret exists only in the result of
/// <see cref="AddAsync"/> and <see cref="RotateAsync"/>. Every change is audited in the same transaction.
/// </summary>
public sealed class DepartmentClientService(
    AppDbContext db, IOpenIddictApplicationManager apps, IOpenIddictTokenManager tokens, AuditLog audit, ChinaClock clock)
{
    private const string DepartmentProperty = "ta_department";
    private const string CreatedProperty = "ta_created_at";
    private const string SecretIssuedProperty = "ta_secret_issued_at";
    private const string DisabledProperty = "ta_disabled_at";

    /// <summary>The client id of a department's system: readable in logs, and unique per department by construction.</summary>
    public static string ClientIdOf(string departmentCode) => $"dept-{departmentCode}";

    public async Task<(DepartmentClient Client, string Secret)> AddAsync(string departmentCode, IReadOnlyCollection<string> scopes, Actor actor, CancellationToken ct = default)
    {
        CheckScopes(scopes);
        if (!await db.Departments.AnyAsync(d => d.Code == departmentCode, ct))
        {
            throw RefusalException.Invalid("department", "UnknownDepartment");
        }
        var clientId = ClientIdOf(departmentCode);
        if (await apps.FindByClientIdAsync(clientId, ct) is not null)
        {
            throw RefusalException.Conflict("ClientExists");
        }
        var now = clock.UtcNow;
        var secret = ClientSecret.Generate();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = departmentCode,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
        descriptor.Permissions.UnionWith(scopes.Select(s => Permissions.Prefixes.Scope + s));
        descriptor.Properties[DepartmentProperty] = JsonSerializer.SerializeToElement(departmentCode);
        descriptor.Properties[CreatedProperty] = JsonSerializer.SerializeToElement(now);
        descriptor.Properties[SecretIssuedProperty] = JsonSerializer.SerializeToElement(now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await apps.CreateAsync(descriptor, ct);
        }
        catch (DbUpdateException ex)
        {
            // Two administrators registered the same department at once: the unique client id lets one win.
            throw RefusalException.Conflict("ClientExists", ex);
        }
        audit.Record(actor.UserName, "client.add", $"client:{clientId}", $"department={departmentCode}; scopes={string.Join(' ', scopes.Order())}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (new DepartmentClient(clientId, departmentCode, [.. scopes.Order()], now, now, null), secret);
    }

    /// <summary>
    /// A new secret for the department's client (the old one stops at once, and so do the tokens issued with it); a
    /// disabled client is enabled again by this.
    /// </summary>
    public Task<string> RotateAsync(string departmentCode, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(departmentCode, actor, "client.rotate", (descriptor, now) =>
        {
            var secret = ClientSecret.Generate();
            descriptor.ClientSecret = secret;
            descriptor.Permissions.Add(Permissions.Endpoints.Token);
            descriptor.Properties[SecretIssuedProperty] = JsonSerializer.SerializeToElement(now);
            descriptor.Properties.Remove(DisabledProperty);
            return secret;
        }, ct);

    /// <summary>The client may no longer obtain tokens, and the tokens it holds stop working at once.</summary>
    public Task<string> DisableAsync(string departmentCode, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(departmentCode, actor, "client.disable", (descriptor, now) =>
        {
            // Without the token endpoint's permission OpenIddict refuses the client itself (unauthorized_client).
            descriptor.Permissions.Remove(Permissions.Endpoints.Token);
            descriptor.Properties[DisabledProperty] = JsonSerializer.SerializeToElement(now);
            return "";
        }, ct);

    private async Task<string> ChangeAsync(
        string departmentCode, Actor actor, string action, Func<OpenIddictApplicationDescriptor, DateTime, string> change, CancellationToken ct)
    {
        var clientId = ClientIdOf(departmentCode);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var application = await apps.FindByClientIdAsync(clientId, ct) ?? throw RefusalException.NotFound("ClientNotFound");
        var descriptor = new OpenIddictApplicationDescriptor();
        await apps.PopulateAsync(descriptor, application, ct);
        var result = change(descriptor, clock.UtcNow);
        try
        {
            await apps.UpdateAsync(application, descriptor, ct);
        }
        catch (OpenIddictExceptions.ConcurrencyException ex)
        {
            throw RefusalException.Conflict("ClientChanged", ex);
        }
        // Revoked, not deleted: token entry validation refuses them on every node from the next request on.
        var revoked = await tokens.RevokeByApplicationIdAsync((await apps.GetIdAsync(application, ct))!, ct);
        audit.Record(actor.UserName, action, $"client:{clientId}", $"department={departmentCode}; tokens revoked={revoked}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    public async Task<List<DepartmentClient>> ListAsync(CancellationToken ct = default)
    {
        var clients = new List<DepartmentClient>();
        await foreach (var application in apps.ListAsync(count: null, offset: null, ct))
        {
            if (await DescribeAsync(application, ct) is { } client)
            {
                clients.Add(client);
            }
        }
        return [.. clients.OrderBy(c => c.DepartmentCode, StringComparer.Ordinal)];
    }

    /// <summary>The client of a client id, if it is a department system's; the token endpoint asks this for the department.</summary>
    public async Task<DepartmentClient?> FindAsync(string? clientId, CancellationToken ct = default) =>
        string.IsNullOrEmpty(clientId) || await apps.FindByClientIdAsync(clientId, ct) is not { } application
            ? null
            : await DescribeAsync(application, ct);

    private async Task<DepartmentClient?> DescribeAsync(object application, CancellationToken ct)
    {
        var properties = await apps.GetPropertiesAsync(application, ct);
        if (!properties.TryGetValue(DepartmentProperty, out var department))
        {
            return null;
        }
        var permissions = await apps.GetPermissionsAsync(application, ct);
        return new DepartmentClient(
            (await apps.GetClientIdAsync(application, ct))!,
            department.GetString()!,
            [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..]).Order()],
            properties[CreatedProperty].GetDateTime(),
            properties[SecretIssuedProperty].GetDateTime(),
            properties.TryGetValue(DisabledProperty, out var disabled) ? disabled.GetDateTime() : null);
    }

    private static void CheckScopes(IReadOnlyCollection<string> scopes)
    {
        if (scopes.Count == 0)
        {
            throw RefusalException.Invalid("scopes", "Required");
        }
        if (scopes.FirstOrDefault(s => !ApiScopes.IsKnown(s)) is { } unknown)
        {
            throw RefusalException.Invalid("scopes", "UnknownScope", unknown);
        }
    }
}
