using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Lists;
using TaskAdmission.Core.Lists.InForce;
using TaskAdmission.Core.Organisation;

namespace TaskAdmission.Application.Lists;

public sealed partial class ListService
{
    /// <summary>
    /// The lists in force on a date for an org unit (a village, or any unit: the city and district above it apply).
    /// Two small queries — the unit's chain and the two authorities' set headers — and, warm, no items at all: the
    /// merged view comes from <see cref="MergedListCache"/> and items of published sets from <see cref="PublishedListItems"/>.
    /// </summary>
    public async Task<InForceLookup> InForceAsync(string orgUnitCode, DateOnly date, CancellationToken ct = default)
    {
        // One connection for both queries: on SQLite every open also runs the connection's PRAGMAs.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await InForceCoreAsync(orgUnitCode, date, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<InForceLookup> InForceCoreAsync(string orgUnitCode, DateOnly date, CancellationToken ct)
    {
        var chain = await ChainAsync(orgUnitCode, ct);
        var unit = chain.FirstOrDefault(u => u.Code == orgUnitCode);
        if (unit is null)
        {
            return InForceLookup.UnknownUnit;
        }

        var city = chain.FirstOrDefault(u => u.Kind == OrgUnitKind.City)?.Code ?? chain[^1].Code;
        var district = chain.FirstOrDefault(u => u.Kind.IsDistrictLevel())?.Code;
        var authorities = new AuthorityChain(city, district);
        var candidates = await db.ListSets.AsNoTracking()
            .Where(s => (s.AuthorityOrgUnitCode == city || s.AuthorityOrgUnitCode == district) && s.Status != ListSetStatus.Draft)
            .ToListAsync(ct);
        foreach (var code in new[] { city, district })
        {
            if (code is not null && ListsInForceResolver.SelectInForce(code, date, candidates) is { } selected)
            {
                selected.Items = await PublishedItemsAsync(selected.Id, ct);
            }
        }

        return new InForceLookup(unit, new ListsInForceResolver(mergedCache).Resolve(authorities, date, candidates));
    }

    private async Task<List<ListItem>> PublishedItemsAsync(Guid setId, CancellationToken ct)
    {
        if (publishedItems.TryGet(setId, out var items))
        {
            return items;
        }

        items = Ordered(await db.ListItems.AsNoTracking().Where(i => i.ListSetId == setId).ToListAsync(ct));
        publishedItems.Add(setId, items);
        return items;
    }
}
