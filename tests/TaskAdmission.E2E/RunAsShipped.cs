using System.Runtime.CompilerServices;
using TaskAdmission.Testing;

namespace TaskAdmission.E2E;

internal static class RunAsShipped
{
    /// <summary>The browser tests meet the app as a user does: with the work it does at start (see <see cref="TestApp.RunAsShipped"/>).</summary>
    [ModuleInitializer]
    internal static void Set() => TestApp.RunAsShipped = true;
}
