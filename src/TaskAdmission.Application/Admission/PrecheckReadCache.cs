using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Villages.Caching;
using TaskAdmission.Core.DataFields;
using TaskAdmission.Core.Lists.InForce;

namespace TaskAdmission.Application.Admission;

/// <summary>
/// What a pre-check reads that changes rarely, shared by the requests of this process the way
/// <see cref="OrgDirectoryCache"/> and <see cref="Identity.ApiKeyCache"/> are: the department codes, the data-field
/// dictionary and the lists in force per (district, date). A copy is served only while the database's change
/// notifications are proved live (<see cref="VillageInboxCache.IsLive"/>) and no change of what it was read from was
/// signalled since it was read — departments send 'org', list sets and items 'lists', data fields 'fields' (migrations
/// ReadCacheSignals, PrecheckCacheSignals) on any node, and this process's own commits signal at once
/// (<see cref="VillageInboxWriteInterceptor"/>) — and for at most <see cref="TimeToLive"/>. Fails closed: on SQLite,
/// or while the listener is not proved live, every call reads the database (as before the cache).
/// </summary>
/// <remarks>
/// Each copy is kept only if its markers' generations are the same after the read as before it, so a read racing a
/// change never outlives the change's notification; a read inside a transaction may see that transaction's own
/// uncommitted change, so it is used but never kept. The compiled matchers of a list version are cached by the merged
/// view already (<c>ListMatchers.For</c>, <see cref="MergedListCache"/>); this cache saves the two queries per district
/// (the unit chain and the authorities' set headers). Copies are shared between requests: treat them as immutable.
/// </remarks>
public sealed class PrecheckReadCache(VillageInboxCache feed) : IDisposable
{
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    private readonly MemoryCache lists = new(new MemoryCacheOptions { SizeLimit = 2_000 });
    private readonly SignalledValue<Dictionary<string, DepartmentNames>> departments = new(feed, VillageInboxCache.OrgChanged, TimeToLive);
    private readonly SignalledValue<FieldDictionary> dictionary = new(feed, VillageInboxCache.FieldsChanged, TimeToLive);

    private sealed record ListsEntry(ListsInForce Lists, long ListsGeneration, long OrgGeneration);

    /// <summary>A department's names in both languages.</summary>
    public sealed record DepartmentNames(string Zh, string En);

    /// <summary>Whether a department code exists (departments send 'org').</summary>
    public async Task<bool> DepartmentExistsAsync(AppDbContext db, string code, CancellationToken ct = default) =>
        (await DepartmentsAsync(db, ct)).ContainsKey(code);

    /// <summary>Every department's names by code (departments send 'org'): the running tasks a pre-check names are shown with them.</summary>
    public Task<Dictionary<string, DepartmentNames>> DepartmentsAsync(AppDbContext db, CancellationToken ct = default) =>
        departments.GetAsync(db, async () => await db.Departments.AsNoTracking().Select(d => new { d.Code, d.NameZh, d.NameEn })
            .ToDictionaryAsync(d => d.Code, d => new DepartmentNames(d.NameZh, d.NameEn), StringComparer.Ordinal, ct));

    /// <summary>The data-field dictionary (data fields send 'fields').</summary>
    public Task<FieldDictionary> DictionaryAsync(AppDbContext db, CancellationToken ct = default) =>
        dictionary.GetAsync(db, async () => new FieldDictionary(await db.DataFields.AsNoTracking().ToListAsync(ct)));

    /// <summary>
    /// The lists in force on <paramref name="date"/> for the villages of <paramref name="district"/>, read for one of
    /// them (<paramref name="village"/>); every village of a district shares them (the city's and the district's sets).
    /// </summary>
    public async Task<ListsInForce> InForceAsync(AppDbContext db, ListService service, string district, string village, DateOnly date, CancellationToken ct = default)
    {
        var key = (district, date);
        var live = feed.IsLive && district.Length > 0;
        var listsGeneration = feed.Generation(VillageInboxCache.ListsChanged);
        var orgGeneration = feed.Generation(VillageInboxCache.OrgChanged);
        if (live && lists.TryGetValue(key, out ListsEntry? hit)
            && hit!.ListsGeneration == listsGeneration && hit.OrgGeneration == orgGeneration)
        {
            return hit.Lists;
        }
        var read = (await service.InForceAsync(village, date, ct)).Lists!;
        if (live && db.Database.CurrentTransaction is null && feed.IsLive
            && feed.Generation(VillageInboxCache.ListsChanged) == listsGeneration && feed.Generation(VillageInboxCache.OrgChanged) == orgGeneration)
        {
            lists.Set(key, new ListsEntry(read, listsGeneration, orgGeneration), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeToLive });
        }
        return read;
    }

    public void Dispose() => lists.Dispose();
}
