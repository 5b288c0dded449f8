using TaskAdmission.Core.Lists;

namespace TaskAdmission.Application.Burden;

/// <summary>The area's children (districts, townships or villages) × demand kinds, one figure per cell; every child is a row, even an empty one.</summary>
public sealed record HeatTable(IReadOnlyList<AreaView> Rows, IReadOnlyList<DemandKind> Kinds, IReadOnlyList<IReadOnlyList<int>> Values)
{
    public int Max => Values.SelectMany(v => v).DefaultIfEmpty().Max();

    public int Total(int row) => Values[row].Sum();
}
