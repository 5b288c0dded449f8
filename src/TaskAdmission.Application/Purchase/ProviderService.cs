using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Purchase;

/// <summary>
/// The provider register (承接主体名录). Department users, joint reviewers and supervisors read it; the list administrator
/// manages it — a city administrator every provider, a district administrator those whose service areas lie in its
/// district. Village committees enter the register from the org tree when a case entrusts one. Every change is audited.
/// </summary>
public sealed partial class ProviderService(AppDbContext db, AuditLog audit, ChinaClock clock)
{
    public const int MaxRows = 500;

    public static readonly string[] Readers =
        [AppRoles.DepartmentSubmitter, AppRoles.DepartmentHead, AppRoles.JointReviewer, AppRoles.Supervisor, AppRoles.ListAdministrator];

    public async Task<List<Provider>> ListAsync(ProviderFilter filter, Actor actor, CancellationToken ct = default)
    {
        if (!Readers.Contains(actor.Role))
        {
            return [];
        }
        var query = db.PurchaseProviders.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }
        if (filter.Blacklisted is { } blacklisted)
        {
            query = query.Where(p => p.Blacklisted == blacklisted);
        }
        if (filter.Text?.Trim() is { Length: > 0 } text)
        {
            var upper = text.ToUpperInvariant();
            query = query.Where(p => p.Name.Contains(text) || (p.CreditCode != null && p.CreditCode.Contains(upper)));
        }
        return await query.OrderBy(p => p.Kind).ThenBy(p => p.Name).Take(MaxRows).ToListAsync(ct);
    }

    public async Task<Provider?> GetAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        Readers.Contains(actor.Role) ? await db.PurchaseProviders.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) : null;

    /// <summary>Every provider of the register (village committees left out), for the CSV/XLSX export.</summary>
    public async Task<List<string[]>> ExportAsync(Actor actor, CancellationToken ct = default) =>
        Readers.Contains(actor.Role) ? ProviderFile.Export(await db.PurchaseProviders.AsNoTracking().ToListAsync(ct)) : throw RefusalException.NotFound();

    public async Task<Provider> CreateAsync(ProviderInput input, Actor actor, CancellationToken ct = default)
    {
        var org = await ManagerScopeAsync(actor, ct);
        var problems = await CheckAsync(input, org, actor, null, ct);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var provider = new Provider { Id = Guid.NewGuid(), CreatedBy = actor.UserName, CreatedAtUtc = clock.UtcNow };
        Apply(provider, input, actor);
        db.PurchaseProviders.Add(provider);
        audit.Record(actor.UserName, "provider.create", Subject(provider), Details(provider));
        await SaveAsync(ct);
        return provider;
    }

    /// <summary>
    /// Changes a provider; <paramref name="version"/> is the one the editor read (someone else's change first is a conflict).
    /// A village committee keeps its name and area from the org tree: only its status and blacklist flag change.
    /// </summary>
    public async Task<Provider> UpdateAsync(Guid id, int version, ProviderInput input, Actor actor, CancellationToken ct = default)
    {
        var org = await ManagerScopeAsync(actor, ct);
        var provider = await db.PurchaseProviders.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw RefusalException.NotFound();
        if (!Manages(org, actor, provider.ServiceAreaCodes))
        {
            throw RefusalException.NotFound();
        }
        if (provider.Version != version)
        {
            throw PurchaseProblem.Conflict(PurchaseProblemCode.StepTaken);
        }
        var problems = provider.Kind == ProviderKind.VillageCommittee ? ProviderValidator.ValidateFlags(input) : await CheckAsync(input, org, actor, provider.Id, ct);
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var before = Details(provider);
        if (provider.Kind == ProviderKind.VillageCommittee)
        {
            ApplyFlags(provider, input, actor);
            provider.ContactName = input.ContactName.Trim();
            provider.ContactPhone = input.ContactPhone.Trim();
        }
        else
        {
            Apply(provider, input, actor);
        }
        provider.Version++;
        audit.Record(actor.UserName, provider.Blacklisted ? "provider.update.blacklisted" : "provider.update", Subject(provider), $"{before} → {Details(provider)}");
        await SaveAsync(ct);
        return provider;
    }

    /// <summary>The village committee of a village as a provider, added to the register (tracked, saved with the caller) when new.</summary>
    internal async Task<Provider?> VillageCommitteeAsync(string villageCode, OrgDirectory org, string by, CancellationToken ct)
    {
        var existing = await db.PurchaseProviders.FirstOrDefaultAsync(p => p.VillageCode == villageCode, ct);
        if (existing is not null || org.Find(villageCode) is not { } village || !village.Kind.IsVillageLevel())
        {
            return existing;
        }
        var provider = new Provider
        {
            Id = Guid.NewGuid(),
            Kind = ProviderKind.VillageCommittee,
            Name = village.NameZh + (village.Kind == OrgUnitKind.Community ? "居民委员会" : "村民委员会"),
            RegistrationAuthority = "",
            VillageCode = villageCode,
            ServiceAreaCodes = [villageCode],
            Status = ProviderStatus.Active,
            CreatedBy = by,
            CreatedAtUtc = clock.UtcNow,
        };
        db.PurchaseProviders.Add(provider);
        audit.Record(by, "provider.create", Subject(provider), "village committee from the org tree");
        return provider;
    }

    /// <summary>The org tree when the actor manages the register; NotFound for everyone else (the page does not exist for them).</summary>
    private async Task<OrgDirectory> ManagerScopeAsync(Actor actor, CancellationToken ct) =>
        actor.Role == AppRoles.ListAdministrator && actor.OrgUnitCode is not null
            ? await OrgDirectory.LoadAsync(db, ct)
            : throw RefusalException.NotFound();

    /// <summary>A city administrator manages everything; a district one only providers whose every area is in its district.</summary>
    private static bool Manages(OrgDirectory org, Actor actor, IEnumerable<string> areas) =>
        org.Find(actor.OrgUnitCode!) is { ParentCode: null }
        || areas.All(a => a == actor.OrgUnitCode || org.Ancestor(a, 2)?.Code == actor.OrgUnitCode);

    private async Task<List<PurchaseProblem>> CheckAsync(ProviderInput input, OrgDirectory org, Actor actor, Guid? self, CancellationToken ct)
    {
        var problems = ProviderValidator.Validate(input, code => org.Find(code)?.Kind);
        var areas = input.ServiceAreaCodes.Select(a => a.Trim()).Where(a => a.Length > 0 && org.Find(a) is not null).Distinct().ToList();
        problems.AddRange(areas.Where(a => !Manages(org, actor, [a])).Select(a => new PurchaseProblem("serviceAreaCodes", PurchaseProblemCode.ServiceAreaOutsideScope, a)));
        var code = CreditCode.Normalise(input.CreditCode);
        if (code.Length > 0 && await db.PurchaseProviders.AnyAsync(p => p.CreditCode == code && p.Id != self, ct))
        {
            problems.Add(new PurchaseProblem("creditCode", PurchaseProblemCode.CreditCodeTaken, code));
        }
        return problems;
    }

    private void Apply(Provider provider, ProviderInput input, Actor actor)
    {
        provider.Kind = input.Kind!.Value;
        provider.Name = input.Name.Trim();
        provider.CreditCode = CreditCode.Normalise(input.CreditCode);
        provider.RegistrationAuthority = input.RegistrationAuthority.Trim();
        provider.ContactName = input.ContactName.Trim();
        provider.ContactPhone = input.ContactPhone.Trim();
        provider.ServiceAreaCodes = [.. input.ServiceAreaCodes.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct()];
        ApplyFlags(provider, input, actor);
    }

    private void ApplyFlags(Provider provider, ProviderInput input, Actor actor)
    {
        provider.Status = input.Status!.Value;
        if (input.Blacklisted && !provider.Blacklisted)
        {
            provider.BlacklistedBy = actor.UserName;
            provider.BlacklistedAtUtc = clock.UtcNow;
        }
        provider.Blacklisted = input.Blacklisted;
        provider.BlacklistReason = input.Blacklisted ? input.BlacklistReason!.Trim() : null;
        if (!input.Blacklisted)
        {
            provider.BlacklistedBy = null;
            provider.BlacklistedAtUtc = null;
        }
    }

    private static string Subject(Provider p) => $"provider:{p.CreditCode ?? p.VillageCode ?? p.Id.ToString()}";

    private static string Details(Provider p) =>
        $"{p.Kind} {p.Name} {p.Status}{(p.Blacklisted ? $" blacklisted: {p.BlacklistReason}" : "")} areas={string.Join(' ', p.ServiceAreaCodes)}";

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Someone saved the same provider (or the same credit code) a moment ago.
            throw PurchaseProblem.ConflictFrom(ex);
        }
    }
}
