namespace TaskAdmission.Workflows.Persistence;

/// <summary>One page of query results plus the total count.</summary>
/// <param name="Items">Rows of this page.</param>
/// <param name="TotalCount">Rows matching the query across all pages.</param>
/// <param name="Skip">Rows skipped.</param>
/// <param name="Take">Page size requested.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Skip, int Take);
