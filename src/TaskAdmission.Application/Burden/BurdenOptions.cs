namespace TaskAdmission.Application.Burden;

/// <summary>Burden settings (section <c>Burden</c>).</summary>
public sealed class BurdenOptions
{
    public const string Section = "Burden";

    /// <summary>
    /// With demo data on, also seed demo work for 青山区 (admitted tasks of six departments, a founded report) and a
    /// baseline of about 2.5 times its burden, with two targets, so the dashboards tell a story. Off in tests, which
    /// make their own work.
    /// </summary>
    public bool DemoWork { get; set; }
}
