namespace TaskAdmission.Application.Workflows.Viewer;

/// <summary>One element of a version over its instances: how many passed it, how many wait there now, the average time spent.</summary>
public sealed record ElementHeat(string ElementId, string Name, int Passed, int Waiting, TimeSpan? AverageTime);
