namespace TaskAdmission.Core.Lists.Publishing;

/// <summary>A change the data layer applies with a publication: the previous open version ends the day before.</summary>
public sealed record SetClosure(Guid ListSetId, DateOnly NewEffectiveTo);
