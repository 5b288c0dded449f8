namespace TaskAdmission.Core.Lists.InForce;

/// <summary>
/// Chooses, per authority, the set in force on a date and merges city and district. The data layer passes the
/// candidate sets of both authorities (any status; drafts are ignored). With a <see cref="MergedListCache"/>
/// a warm call costs two short scans of the candidates and a dictionary read.
/// </summary>
public sealed class ListsInForceResolver(MergedListCache? cache = null)
{
    public ListsInForce Resolve(AuthorityChain chain, DateOnly date, IEnumerable<ListSet> candidates)
    {
        var sets = candidates as IReadOnlyCollection<ListSet> ?? candidates.ToList();
        var city = SelectInForce(chain.CityCode, date, sets);
        if (city is null)
        {
            return ListsInForce.None(chain, date);
        }

        var district = chain.DistrictCode is { } code ? SelectInForce(code, date, sets) : null;
        var merged = cache?.GetOrAdd(city, district) ?? ListMerger.Merge(city, district);
        return ListsInForce.Found(chain, date, merged);
    }

    /// <summary>
    /// The Published (or since Retired) set of the authority whose [EffectiveFrom, EffectiveTo] contains the date;
    /// a retired set still answers for dates it covered, so past admissions can be re-checked.
    /// </summary>
    public static ListSet? SelectInForce(string authorityCode, DateOnly date, IEnumerable<ListSet> candidates)
    {
        ListSet? best = null;
        foreach (var set in candidates)
        {
            if (set.AuthorityOrgUnitCode != authorityCode
                || set.Status == ListSetStatus.Draft
                || set.EffectiveFrom is not { } from
                || from > date
                || set.EffectiveTo < date)
            {
                continue;
            }

            // Publishing rules prevent overlaps; should bad data overlap anyway, the latest start wins.
            if (best is null || from > best.EffectiveFrom || (from == best.EffectiveFrom && set.PublishedAt > best.PublishedAt))
            {
                best = set;
            }
        }

        return best;
    }
}
