using System.Collections.Concurrent;
using TaskAdmission.Core.Admission.Precheck;
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
/// Only immutable values are shared, looked up by their full content (the stored JSON, the string, the decision view
/// with its verdict as a record), so a shared part is always equal to what the row would have given. Each table is
/// cleared when it reaches <see cref="Capacity"/> entries, so one-off reads (an export) cannot grow it without end.
/// </remarks>
internal static class SharedViewParts
{
    public const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<DemandRequest>> Demands = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<AssignmentListItems.Item>> Items = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Strings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<DecisionView, DecisionView> Decisions = new();
    private static readonly ConcurrentDictionary<SupportView, SupportView> Supports = new();

    /// <summary>The demands of this stored JSON, parsed once (a read-only array).</summary>
    public static IReadOnlyList<DemandRequest> DemandsOf(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : Share(Demands, json, static j => AssignmentDemands.Parse(j).ToArray());

    /// <summary>The list items of this stored JSON, parsed once (a read-only array).</summary>
    public static IReadOnlyList<AssignmentListItems.Item> ItemsOf(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : Share(Items, json, static j => AssignmentListItems.Parse(j).ToArray());

    /// <summary>One instance of an equal string (titles, department names).</summary>
    public static string Text(string value) => value.Length == 0 ? "" : Share(Strings, value, static s => s);

    /// <summary>One instance of an equal decision view (a record: equal in every field, the verdict included).</summary>
    public static DecisionView Decision(DecisionView view) => Same(Decisions, view);

    /// <summary>One instance of an equal support view.</summary>
    public static SupportView Support(SupportView view) => Same(Supports, view);

    private static T Same<T>(ConcurrentDictionary<T, T> table, T value) where T : notnull => Share(table, value, static v => v);

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
