namespace TaskAdmission.Application.Burden;

/// <summary>One figure summed for one key (a child unit and kind, a village).</summary>
public sealed class LedgerValue<TKey>
{
    public TKey Key { get; set; } = default!;

    public int Value { get; set; }
}
