namespace TaskAdmission.Web.Hosting;

/// <summary><c>Demo:Enabled</c> seeds the fictional 示范市 and its demo users; never in Production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
