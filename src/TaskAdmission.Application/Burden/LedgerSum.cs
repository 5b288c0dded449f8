using TaskAdmission.Core.Burden;

namespace TaskAdmission.Application.Burden;

/// <summary>The ledger's count columns summed for one key (the shape <see cref="LedgerQuery"/> projects a GROUP BY into).</summary>
public sealed class LedgerSum<TKey> : LedgerCountColumns
{
    public TKey Key { get; set; } = default!;
}
