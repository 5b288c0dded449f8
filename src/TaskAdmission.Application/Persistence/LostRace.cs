using Npgsql;

namespace TaskAdmission.Application.Persistence;

/// <summary>
/// PostgreSQL's own verdict that two transactions could not both go on: a serialization failure, or a deadlock it broke
/// by aborting one of them. For the request that lost, that is the same answer as a concurrency check's: someone else
/// changed it at the same moment (a conflict), not a server error.
/// </summary>
public static class LostRace
{
    /// <summary>Whether the failure, or one it wraps (InvalidOperationException > DbUpdateException > PostgresException), is one.</summary>
    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected })
            {
                return true;
            }
        }
        return false;
    }
}
