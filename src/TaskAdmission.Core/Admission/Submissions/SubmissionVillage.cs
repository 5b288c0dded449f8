using System.ComponentModel;

namespace TaskAdmission.Core.Admission.Submissions;

/// <summary>A village the submission reaches (targets expanded), with the township that decides for it.</summary>
/// <remarks>
/// Each setter tells of its change (<see cref="INotifyPropertyChanged"/>), so the persistence layer need not compare
/// every loaded row with its snapshot at each save: an admission keeps a township's or a county's villages (1,000 and
/// more rows) loaded through several saves, and that comparison boxed each row's submission id and flag and allocated
/// a closure per row and save — the largest share of the write stream's garbage (issue 20).
/// </remarks>
public sealed class SubmissionVillage : INotifyPropertyChanged
{
    private static readonly PropertyChangedEventArgs SubmissionIdChanged = new(nameof(SubmissionId));
    private static readonly PropertyChangedEventArgs VillageCodeChanged = new(nameof(VillageCode));
    private static readonly PropertyChangedEventArgs TownshipCodeChanged = new(nameof(TownshipCode));
    private static readonly PropertyChangedEventArgs DistrictCodeChanged = new(nameof(DistrictCode));
    private static readonly PropertyChangedEventArgs AdmittedChanged = new(nameof(Admitted));

    public event PropertyChangedEventHandler? PropertyChanged;

    public Guid SubmissionId
    {
        get;
        set { if (field != value) { field = value; PropertyChanged?.Invoke(this, SubmissionIdChanged); } }
    }

    public string VillageCode
    {
        get;
        set { if (!string.Equals(field, value, StringComparison.Ordinal)) { field = value; PropertyChanged?.Invoke(this, VillageCodeChanged); } }
    } = "";

    public string TownshipCode
    {
        get;
        set { if (!string.Equals(field, value, StringComparison.Ordinal)) { field = value; PropertyChanged?.Invoke(this, TownshipCodeChanged); } }
    } = "";

    public string DistrictCode
    {
        get;
        set { if (!string.Equals(field, value, StringComparison.Ordinal)) { field = value; PropertyChanged?.Invoke(this, DistrictCodeChanged); } }
    } = "";

    /// <summary>Set when the village's township (or the joint review, or an emergency) admitted the work for it.</summary>
    public bool Admitted
    {
        get;
        set { if (field != value) { field = value; PropertyChanged?.Invoke(this, AdmittedChanged); } }
    }
}
