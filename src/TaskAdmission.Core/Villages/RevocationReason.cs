namespace TaskAdmission.Core.Villages;

/// <summary>Why admitted work leaves a village (撤销/退出). Persisted by name.</summary>
public enum RevocationReason
{
    /// <summary>Villagers do not accept it (群众不认可).</summary>
    VillagersDoNotAccept,

    /// <summary>Its period is over (到期).</summary>
    Expired,

    /// <summary>It duplicates other work (重复).</summary>
    Duplicate,

    /// <summary>The department asked to end it (部门申请).</summary>
    DepartmentRequest,

    /// <summary>Another reason, explained in the details.</summary>
    Other,
}
