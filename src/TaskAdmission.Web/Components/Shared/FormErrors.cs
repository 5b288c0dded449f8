using TaskAdmission.Core.Common;

namespace TaskAdmission.Web.Components.Shared;

/// <summary>
/// Field messages for a server-rendered form, already localised. We validate in the handler rather than with
/// DataAnnotations because the messages must come from our zh-CN/en resources with field names in them.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> byField = new();

    public bool Any => byField.Count > 0;

    public IEnumerable<string> All => byField.Values.SelectMany(v => v);

    public void Add(string field, string message)
    {
        if (!byField.TryGetValue(field, out var list))
        {
            byField[field] = list = [];
        }
        list.Add(message);
    }

    /// <summary>
    /// The one way a page shows a refusal: each problem's message beside its field, or beside
    /// <paramref name="wholeCommandField"/> when the problem concerns the command as a whole. <paramref name="text"/> is the
    /// feature's renderer (its message catalogue or resources).
    /// </summary>
    /// <param name="fieldKey">Maps a problem's field (a JSON path) to the form's key for it, where the two differ.</param>
    public void Add(RefusalException refusal, Func<IProblem, string> text, string wholeCommandField = "form", Func<string, string>? fieldKey = null)
    {
        foreach (var problem in refusal.Problems)
        {
            Add(problem.Field.Length == 0 ? wholeCommandField : fieldKey?.Invoke(problem.Field) ?? problem.Field, text(problem));
        }
    }

    public IReadOnlyList<string> For(string field) => byField.TryGetValue(field, out var list) ? list : [];

    public string InputClass(string field) => byField.ContainsKey(field) ? "form-control is-invalid" : "form-control";

    public void Clear() => byField.Clear();
}
