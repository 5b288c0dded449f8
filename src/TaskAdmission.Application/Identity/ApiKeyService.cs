using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Identity;

/// <summary>Issues, finds and revokes department API keys. The plain key exists only in the issue result.</summary>
public sealed class ApiKeyService(AppDbContext db, AuditLog audit, ChinaClock clock, ApiKeyCache cache)
{
    public const int MaxValidityDays = 730;

    public async Task<(ApiKey Key, string PlainKey)> IssueAsync(
        string departmentCode, string name, int validDays, Actor actor, CancellationToken ct = default)
    {
        if (validDays is < 1 or > MaxValidityDays)
        {
            throw new ArgumentOutOfRangeException(nameof(validDays), validDays, $"1..{MaxValidityDays}");
        }
        if (!await db.Departments.AnyAsync(d => d.Code == departmentCode, ct))
        {
            throw new KeyNotFoundException($"No department has the code {departmentCode}. / 部门代码 {departmentCode} 不存在。");
        }
        var (plain, prefix, hash) = ApiKeySecret.Generate();
        var now = clock.UtcNow;
        var key = new ApiKey
        {
            Id = Guid.NewGuid(),
            DepartmentCode = departmentCode,
            Name = name.Length > 100 ? name[..100] : name,
            Prefix = prefix,
            SecretHash = hash,
            CreatedAtUtc = now,
            CreatedBy = actor.UserName,
            ExpiresAtUtc = now.AddDays(validDays),
        };
        db.ApiKeys.Add(key);
        audit.Record(actor.UserName, "apikey.issue", $"apikey:{key.Id}", $"department={departmentCode}; expires={key.ExpiresAtUtc:O}");
        await db.SaveChangesAsync(ct);
        return (key, plain);
    }

    /// <summary>
    /// The active key matching a presented secret, or null; never throws on junk input. A key verified before comes from
    /// <see cref="ApiKeyCache"/> (no database read) while no key changed on any node since.
    /// </summary>
    public async Task<ApiKey?> FindActiveAsync(string? presented, CancellationToken ct = default)
    {
        var prefix = ApiKeySecret.PrefixOf(presented);
        if (prefix is null)
        {
            return null;
        }
        var hash = ApiKeySecret.Hash(presented!);
        var now = clock.UtcNow;
        if (cache.Find(hash) is { } cached)
        {
            if (!cached.Key.IsActive(now))
            {
                return null;
            }
            if (now.Ticks - Interlocked.Read(ref cached.LastUsedTicks) >= LastUseResolution.Ticks)
            {
                Interlocked.Exchange(ref cached.LastUsedTicks, now.Ticks);
                await TouchAsync(cached.Key.Id, now, ct);
            }
            return cached.Key;
        }
        var ticket = cache.Begin();
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null || !key.IsActive(now) || !ApiKeySecret.Matches(presented!, key.SecretHash))
        {
            return null;
        }
        // When a key was last used, to the minute: enough to tell a dormant integration, one write a minute at most.
        if (key.LastUsedAtUtc is not { } last || now - last >= LastUseResolution)
        {
            await TouchAsync(key.Id, now, ct);
            key.LastUsedAtUtc = now;
        }
        cache.Store(ticket, hash, key);
        return key;
    }

    private Task TouchAsync(Guid id, DateTime now, CancellationToken ct) =>
        db.ApiKeys.Where(k => k.Id == id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now), ct);

    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    public Task<List<ApiKey>> ListAsync(CancellationToken ct = default) =>
        db.ApiKeys.AsNoTracking().OrderBy(k => k.DepartmentCode).ThenByDescending(k => k.CreatedAtUtc).ToListAsync(ct);

    public async Task<bool> RevokeAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null || key.RevokedAtUtc is not null)
        {
            return false;
        }
        key.RevokedAtUtc = clock.UtcNow;
        key.RevokedBy = actor.UserName;
        audit.Record(actor.UserName, "apikey.revoke", $"apikey:{key.Id}", $"department={key.DepartmentCode}");
        await db.SaveChangesAsync(ct);
        return true;
    }
}
