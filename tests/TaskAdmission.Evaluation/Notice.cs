namespace TaskAdmission.Evaluation;

/// <summary>One labelled notice of the corpus (Corpus/README.md explains the fields).</summary>
public sealed class Notice
{
    public string Id { get; set; } = "";

    /// <summary>"dev" or "heldout", from the file the notice is in.</summary>
    public string Set { get; set; } = "";

    public List<string> Labels { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    public string? Certificate { get; set; }

    public string? Suggest { get; set; }

    public bool IsClean => Labels is ["clean"];

    public override string ToString() => $"{Id} {Title}";
}
