using TaskAdmission.Application.Burden;
using TaskAdmission.Core.DataFields;

namespace TaskAdmission.Application.DataFields;

/// <summary>
/// The fields collected in an area by admitted, running tasks (<see cref="Tasks"/>), the fields more than one department
/// collects in the same villages (<see cref="Overlaps"/>) and what reuse would save in <see cref="Year"/> (<see cref="Savings"/>).
/// </summary>
public sealed record CollectionRegister(
    AreaView Area, int Year, IReadOnlyList<RegisterRow> Tasks, IReadOnlyList<FieldCollectors> Overlaps, IReadOnlyList<ReuseSaving> Savings,
    IReadOnlyDictionary<string, (string Zh, string En)> Departments)
{
    public string Department(string code, bool english) =>
        Departments.TryGetValue(code, out var name) ? (english ? name.En : name.Zh) : code;

    /// <summary>Villages reuse would relieve (each once, however many tasks) and the submissions it would save in the year.</summary>
    public int SavedSubmissions => Savings.Sum(s => s.Submissions);

    public int SavedItems => Savings.Sum(s => s.Items);
}
