using System.Collections.Concurrent;
using TaskAdmission.Core.Admission.Precheck;
using TaskAdmission.Core.Admission.Submissions;
using TaskAdmission.Core.Audit;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// The parts of assignment views that many views hold alike, kept once: one dispatch gives 500–1,000 villages the same
/// title, demands, list items and department, and a township's villages the same admitting decision. Each cached inbox
/// held its own parsed copy of them, so every inbox read again after a dispatch's eviction added that copy to what
/// survives the next gen0 collection (issue 20: a gen0 pause costs what survives it); parsing the same JSON again was
/// a good part of each read's garbage too.
/// </summary>
/// <remarks>
/// Only immutable values are shared, looked up by their full content (the stored JSON, the string, everything a decision
/// or support view is made of, the verdict included), so a shared part is always equal to what the row would have given. Each table is
/// cleared when it reaches <see cref="Capacity"/> entries, so one-off reads (an export) cannot grow it without end.
/// </remarks>
internal static class SharedViewParts
{
    public const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<DemandRequest>> Demands = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<AssignmentListItems.Item>> Items = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Strings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<DecisionKey, DecisionView> Decisions = new();
    private static readonly ConcurrentDictionary<SupportKey, SupportView> Supports = new();

    /// <summary>The demands of this stored JSON, parsed once (a read-only array).</summary>
    public static IReadOnlyList<DemandRequest> DemandsOf(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : Share(Demands, json, static j => AssignmentDemands.Parse(j).ToArray());

    /// <summary>The list items of this stored JSON, parsed once (a read-only array).</summary>
    public static IReadOnlyList<AssignmentListItems.Item> ItemsOf(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : Share(Items, json, static j => AssignmentListItems.Parse(j).ToArray());

    /// <summary>One instance of an equal string (titles, department names).</summary>
    public static string Text(string value) => value.Length == 0 ? "" : Share(Strings, value, static s => s);

    /// <summary>
    /// What a row's decision view is made of, as the row gives it (the deciding unit's names still joined,
    /// <see cref="AssignmentRow.UnitNames"/>; the reason as people may read it): equal keys make equal views. A value, so
    /// a row whose view is shared allocates nothing for it (issue 20: each row built a view to look the shared one up).
    /// </summary>
    public readonly record struct DecisionKey(DecisionKind Kind, string OrgUnitCode, string? UnitNames, DateTime DecidedAtUtc, string Reason,
        string? Conditions, DateOnly? ValidUntil, DecisionIntegrity Integrity);

    /// <summary>What a support view is made of (every field of it).</summary>
    public readonly record struct SupportKey(decimal FundingYuan, SupportState Funding, SupportState Training, SupportState Staff, SupportState Equipment);

    /// <summary>One instance of the decision view of an equal key (the verdict included); a missing unit name shows its code.</summary>
    public static DecisionView Decision(DecisionKey key) => Share(Decisions, key, static k => new DecisionView(k.Kind, k.OrgUnitCode,
        AssignmentRow.UnitZhOf(k.UnitNames) ?? k.OrgUnitCode, AssignmentRow.UnitEnOf(k.UnitNames) ?? k.OrgUnitCode, k.DecidedAtUtc, k.Reason, k.Conditions,
        k.ValidUntil, k.Integrity));

    /// <summary>One instance of an equal support view.</summary>
    public static SupportView Support(SupportKey key) =>
        Share(Supports, key, static k => new SupportView(k.FundingYuan, k.Funding, k.Training, k.Staff, k.Equipment));

    private static TValue Share<TKey, TValue>(ConcurrentDictionary<TKey, TValue> table, TKey key, Func<TKey, TValue> make) where TKey : notnull
    {
        if (table.TryGetValue(key, out var shared))
        {
            return shared;
        }
        if (table.Count >= Capacity)
        {
            table.Clear();
        }
        return table.GetOrAdd(key, make);
    }
}
