namespace TaskAdmission.Benchmarks.Monday;

/// <summary>
/// Draws items with Zipf-skewed popularity: rank k (1-based) has weight 1/k^s. The items are shuffled once, so the
/// popular villages are spread over the townships rather than all in the first one.
/// </summary>
public sealed class ZipfSampler<T>
{
    private readonly T[] items;
    private readonly double[] cumulative;

    public ZipfSampler(IEnumerable<T> items, double exponent, int seed)
    {
        this.items = [.. items];
        new Random(seed).Shuffle(this.items);
        cumulative = new double[this.items.Length];
        var sum = 0.0;
        for (var k = 0; k < this.items.Length; k++)
        {
            sum += 1 / Math.Pow(k + 1, exponent);
            cumulative[k] = sum;
        }
        for (var k = 0; k < cumulative.Length; k++)
        {
            cumulative[k] /= sum;
        }
    }

    public int Count => items.Length;

    /// <summary>The item of popularity rank <paramref name="rank"/> (0-based).</summary>
    public T AtRank(int rank) => items[rank];

    public T Next(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return items[Math.Min(index < 0 ? ~index : index, items.Length - 1)];
    }
}
