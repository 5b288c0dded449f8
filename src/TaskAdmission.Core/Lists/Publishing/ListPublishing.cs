namespace TaskAdmission.Core.Lists.Publishing;

/// <summary>
/// Publishing and editing rules, as pure functions over entities the data layer loaded. Versions of one
/// authority never overlap: a new open-ended version must start after the current open one, which then ends
/// the day before; a version with a fixed end may only fill a gap.
/// </summary>
public static class ListPublishing
{
    public static PublishPlan Validate(ListSet draft, DateOnly effectiveFrom, IEnumerable<ListSet> existingSetsOfSameAuthority)
    {
        var problems = new List<ListProblem>();
        if (draft.Status != ListSetStatus.Draft)
        {
            problems.Add(ListProblem.General(ListProblemCode.NotDraft, draft.Status));
        }

        problems.AddRange(CheckSet(draft));
        if (draft.EffectiveTo < effectiveFrom)
        {
            problems.Add(ListProblem.General(ListProblemCode.EffectiveToBeforeFrom, effectiveFrom, draft.EffectiveTo));
        }

        var closures = new List<SetClosure>();
        var others = existingSetsOfSameAuthority
            .Where(s => s.Id != draft.Id && s.AuthorityOrgUnitCode == draft.AuthorityOrgUnitCode)
            .ToList();
        if (others.Any(s => string.Equals(s.VersionLabel.Trim(), draft.VersionLabel.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(ListProblem.General(ListProblemCode.DuplicateVersionLabel, draft.VersionLabel));
        }

        foreach (var other in others.Where(s => s.Status != ListSetStatus.Draft && s.EffectiveFrom is not null))
        {
            var otherFrom = other.EffectiveFrom!.Value;
            if (other.EffectiveTo is null && draft.EffectiveTo is null)
            {
                if (effectiveFrom > otherFrom)
                {
                    closures.Add(new SetClosure(other.Id, effectiveFrom.AddDays(-1)));
                }
                else
                {
                    problems.Add(ListProblem.General(ListProblemCode.StartsBeforePreviousVersion, other.VersionLabel, otherFrom));
                }
            }
            else if (Overlaps(effectiveFrom, draft.EffectiveTo, otherFrom, other.EffectiveTo))
            {
                problems.Add(ListProblem.General(ListProblemCode.OverlapsExistingVersion, other.VersionLabel, otherFrom, other.EffectiveTo));
            }
        }

        return new PublishPlan(effectiveFrom, problems, closures);
    }

    /// <summary>
    /// Validates and, when allowed, applies the publication to the entities in memory (the draft and the
    /// closed previous version); the data layer then saves them in one transaction.
    /// </summary>
    public static PublishPlan Publish(
        ListSet draft,
        DateOnly effectiveFrom,
        IReadOnlyCollection<ListSet> existingSetsOfSameAuthority,
        DateTime publishedAtUtc,
        string publishedBy)
    {
        var plan = Validate(draft, effectiveFrom, existingSetsOfSameAuthority);
        if (!plan.CanPublish)
        {
            return plan;
        }

        draft.Status = ListSetStatus.Published;
        draft.EffectiveFrom = effectiveFrom;
        draft.PublishedAt = publishedAtUtc;
        draft.PublishedBy = publishedBy;
        foreach (var closure in plan.Closures)
        {
            existingSetsOfSameAuthority.Single(s => s.Id == closure.ListSetId).EffectiveTo = closure.NewEffectiveTo;
        }

        return plan;
    }

    /// <summary>Null when the set's items and header may be edited; only drafts may.</summary>
    public static ListProblem? CheckEditable(ListSet set) =>
        set.Status == ListSetStatus.Draft ? null : ListProblem.General(ListProblemCode.SetNotEditable, set.Status);

    /// <summary>The guard the data layer calls before changing a set or its items.</summary>
    public static void EnsureEditable(ListSet set)
    {
        if (CheckEditable(set) is { } problem)
        {
            throw new ListSetNotEditableException(problem);
        }
    }

    /// <summary>Retires a published set; it stays answerable for the dates it covered (up to <paramref name="lastDay"/>).</summary>
    public static IReadOnlyList<ListProblem> Retire(ListSet set, DateOnly lastDay)
    {
        if (set.Status != ListSetStatus.Published)
        {
            return [ListProblem.General(ListProblemCode.NotPublished, set.Status)];
        }

        // A set retired before it started is allowed to end the day before its start: it never applied.
        if (set.EffectiveFrom is { } from && lastDay < from.AddDays(-1))
        {
            return [ListProblem.General(ListProblemCode.EffectiveToBeforeFrom, from, lastDay)];
        }

        set.Status = ListSetStatus.Retired;
        set.EffectiveTo = set.EffectiveTo is { } to && to < lastDay ? to : lastDay;
        return [];
    }

    private static IEnumerable<ListProblem> CheckSet(ListSet draft)
    {
        if (draft.Items.Count == 0)
        {
            yield return ListProblem.General(ListProblemCode.NoItems);
        }

        if (draft.AuthorityOrgUnitCode.Length != ListFieldLimits.AuthorityOrgUnitCode || !draft.AuthorityOrgUnitCode.All(char.IsAsciiDigit))
        {
            yield return ListProblem.General(ListProblemCode.BadAuthorityCode, draft.AuthorityOrgUnitCode);
        }

        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            yield return ListProblem.General(ListProblemCode.MissingSetName);
        }

        if (string.IsNullOrWhiteSpace(draft.VersionLabel))
        {
            yield return ListProblem.General(ListProblemCode.MissingVersionLabel);
        }

        if (draft.Name.Length > ListFieldLimits.SetName)
        {
            yield return new ListProblem(ListProblemCode.TooLong, null, "name", null, [$"{ListFieldLimits.SetName}", $"{draft.Name.Length}"]);
        }

        if (draft.VersionLabel.Length > ListFieldLimits.VersionLabel)
        {
            yield return new ListProblem(ListProblemCode.TooLong, null, "version_label", null, [$"{ListFieldLimits.VersionLabel}", $"{draft.VersionLabel.Length}"]);
        }

        if (draft.ParentListSetId is null)
        {
            foreach (var item in draft.Items.Where(i => i.ParentCode is not null))
            {
                yield return ListProblem.ForItem(ListProblemCode.ParentCodeWithoutParentSet, item.Code, null, item.ParentCode);
            }
        }
    }

    private static bool Overlaps(DateOnly aFrom, DateOnly? aTo, DateOnly bFrom, DateOnly? bTo) =>
        (aTo is null || bFrom <= aTo) && (bTo is null || aFrom <= bTo);
}
