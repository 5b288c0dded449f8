namespace TaskAdmission.Core.Admission.Recognition;

/// <summary>Who a clause names: the village committee, another body (a department, the township, a company), or private persons.</summary>
public enum ActorKind
{
    Village,
    Other,
    Private,
}
