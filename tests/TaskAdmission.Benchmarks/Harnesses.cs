namespace TaskAdmission.Benchmarks;

/// <summary>The named harnesses, found by reflection so each lives in its own file.</summary>
public static class Harnesses
{
    public static IReadOnlyList<IHarness> All { get; } = typeof(Harnesses).Assembly.GetTypes()
        .Where(t => typeof(IHarness).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .Select(t => (IHarness)Activator.CreateInstance(t)!)
        .OrderBy(h => h.Name)
        .ToList();

    public static IHarness? Find(string name) => All.FirstOrDefault(h => h.Name == name);
}
