using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using TaskAdmission.Core.Burden;

namespace TaskAdmission.Application.Burden;

/// <summary>
/// Sums of the ledger's count columns grouped by a key, as one GROUP BY that EF Core translates on both providers.
/// The projection is built once per key type from <see cref="BurdenLedgerRow.CountColumns"/>, so the 29 sums are not
/// written out by hand at every query.
/// </summary>
public static class LedgerQuery
{
    /// <summary>Every count column summed per key.</summary>
    public static async Task<List<(TKey Key, BurdenCounts Counts)>> SumAllAsync<TKey>(
        IQueryable<BurdenLedgerRow> rows, Expression<Func<BurdenLedgerRow, TKey>> key, CancellationToken ct)
    {
        var sums = await rows.GroupBy(key).Select(Projection<TKey>.All).ToListAsync(ct);
        return sums.Select(s => (s.Key, s.Counts)).ToList();
    }

    /// <summary>One figure (a measure in a period) summed per key.</summary>
    public static Task<List<LedgerValue<TKey>>> SumOfAsync<TKey>(
        IQueryable<BurdenLedgerRow> rows, Expression<Func<BurdenLedgerRow, TKey>> key, BurdenMeasure measure, BurdenPeriod period, CancellationToken ct) =>
        rows.GroupBy(key).Select(Projection<TKey>.Of(measure, period)).ToListAsync(ct);

    /// <summary>The keys with the largest figure, largest first (ties by key), without zeros.</summary>
    public static async Task<List<LedgerValue<TKey>>> TopAsync<TKey>(
        IQueryable<BurdenLedgerRow> rows, Expression<Func<BurdenLedgerRow, TKey>> key, BurdenMeasure measure, BurdenPeriod period, int count, CancellationToken ct) =>
        (await rows.GroupBy(key).Select(Projection<TKey>.Of(measure, period)).OrderByDescending(v => v.Value).ThenBy(v => v.Key).Take(count).ToListAsync(ct))
            .Where(v => v.Value > 0).ToList();

    /// <summary>The column expression of a measure in a period: the period's items column, or the sum of its months' submissions.</summary>
    public static Expression<Func<BurdenLedgerRow, int>> Value(BurdenMeasure measure, BurdenPeriod period)
    {
        var row = Expression.Parameter(typeof(BurdenLedgerRow), "r");
        Expression Column(int index) => Expression.Property(row, BurdenLedgerRow.CountColumns[index]);
        var body = measure == BurdenMeasure.Items
            ? Column(period.Kind switch
            {
                PeriodKind.Year => BurdenCounts.ItemsYearColumn,
                PeriodKind.Quarter => BurdenCounts.ItemsQuarterColumn(period.Number),
                _ => BurdenCounts.ItemsMonthColumn(period.Number),
            })
            : period.Months().Select(m => Column(BurdenCounts.SubmissionsMonthColumn(m.Number))).Aggregate(Expression.Add);
        return Expression.Lambda<Func<BurdenLedgerRow, int>>(body, row);
    }

    private static class Projection<TKey>
    {
        // Declared first: static fields initialise in order, and All needs it.
        private static readonly MethodInfo SumMethod = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Sum) && m.IsGenericMethod && m.GetParameters().Length == 2
                && m.GetParameters()[1].ParameterType == typeof(Func<,>).MakeGenericType(m.GetGenericArguments()[0], typeof(int)))
            .MakeGenericMethod(typeof(BurdenLedgerRow));

        public static readonly Expression<Func<IGrouping<TKey, BurdenLedgerRow>, LedgerSum<TKey>>> All = Build();

        public static Expression<Func<IGrouping<TKey, BurdenLedgerRow>, LedgerValue<TKey>>> Of(BurdenMeasure measure, BurdenPeriod period)
        {
            var group = Expression.Parameter(typeof(IGrouping<TKey, BurdenLedgerRow>), "g");
            var body = Expression.MemberInit(Expression.New(typeof(LedgerValue<TKey>)),
                Expression.Bind(typeof(LedgerValue<TKey>).GetProperty(nameof(LedgerValue<TKey>.Key))!, Expression.Property(group, "Key")),
                Expression.Bind(typeof(LedgerValue<TKey>).GetProperty(nameof(LedgerValue<TKey>.Value))!, Sum(group, Value(measure, period))));
            return Expression.Lambda<Func<IGrouping<TKey, BurdenLedgerRow>, LedgerValue<TKey>>>(body, group);
        }

        private static Expression<Func<IGrouping<TKey, BurdenLedgerRow>, LedgerSum<TKey>>> Build()
        {
            var group = Expression.Parameter(typeof(IGrouping<TKey, BurdenLedgerRow>), "g");
            var bindings = new List<MemberBinding> { Expression.Bind(typeof(LedgerSum<TKey>).GetProperty(nameof(LedgerSum<TKey>.Key))!, Expression.Property(group, "Key")) };
            foreach (var column in BurdenLedgerRow.CountColumns)
            {
                var row = Expression.Parameter(typeof(BurdenLedgerRow), "r");
                bindings.Add(Expression.Bind(typeof(LedgerSum<TKey>).GetProperty(column)!,
                    Sum(group, Expression.Lambda<Func<BurdenLedgerRow, int>>(Expression.Property(row, column), row))));
            }
            return Expression.Lambda<Func<IGrouping<TKey, BurdenLedgerRow>, LedgerSum<TKey>>>(
                Expression.MemberInit(Expression.New(typeof(LedgerSum<TKey>)), bindings), group);
        }

        private static MethodCallExpression Sum(ParameterExpression group, Expression<Func<BurdenLedgerRow, int>> selector) =>
            Expression.Call(SumMethod, group, selector);
    }
}
