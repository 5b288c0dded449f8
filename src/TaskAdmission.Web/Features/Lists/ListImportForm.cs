namespace TaskAdmission.Web.Features.Lists;

/// <summary>The import form's fields, bound alike by the page (plain post) and by the htmx endpoint.</summary>
public sealed class ListImportForm
{
    public string? Authority { get; set; }

    public string? SetName { get; set; }

    public string? Version { get; set; }

    public string? Parent { get; set; }

    public bool CheckOnly { get; set; }
}
