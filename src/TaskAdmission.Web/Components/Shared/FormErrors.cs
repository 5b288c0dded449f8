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

    public IReadOnlyList<string> For(string field) => byField.TryGetValue(field, out var list) ? list : [];

    public string InputClass(string field) => byField.ContainsKey(field) ? "form-control is-invalid" : "form-control";

    public void Clear() => byField.Clear();
}
