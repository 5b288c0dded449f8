namespace TaskAdmission.Workflows.Persistence;

/// <summary>Keeps a small list of ids as a set in creation order (a live bookmark is added once and removed once).</summary>
internal static class LiveIdList
{
    public static void Set(this List<Guid> ids, Guid id, bool live)
    {
        if (!live)
        {
            ids.Remove(id);
        }
        else if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }
}
