namespace TaskAdmission.Application.Burden;

/// <summary>A village's load in the period (the measure of the view): shown for what it carries, never as a ranking of the village.</summary>
public sealed record VillageLoad(AreaView Village, AreaView? Township, int Value);
