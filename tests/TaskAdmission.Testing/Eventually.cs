namespace TaskAdmission.Testing;

/// <summary>Waits for a condition a notification or a worker makes true, by polling it (never a fixed sleep).</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(20);

    /// <summary>True as soon as <paramref name="condition"/> holds; false if it still does not after <paramref name="bound"/>.</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? bound = null)
    {
        var deadline = DateTime.UtcNow + (bound ?? DefaultBound);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(20);
        }
        return await condition();
    }
}
