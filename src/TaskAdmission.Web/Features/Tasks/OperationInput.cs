namespace TaskAdmission.Web.Features.Tasks;

/// <summary>What one approval-operation form posts: a person or step chosen, the comment, people and roles ticked.</summary>
public sealed class OperationInput
{
    public string? To { get; set; }
    public string? Target { get; set; }
    public string? Comment { get; set; }
    public List<string> Users { get; set; } = [];
    public List<string> Roles { get; set; } = [];
}
