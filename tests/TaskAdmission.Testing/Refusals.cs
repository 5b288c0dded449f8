using TaskAdmission.Core.Common;

namespace TaskAdmission.Testing;

/// <summary>For races: runs a use case and hands back its refusal (null when it went through), so each racer's outcome can be asserted.</summary>
public static class Refusals
{
    public static async Task<RefusalException?> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (RefusalException ex)
        {
            return ex;
        }
    }
}
