using Microsoft.Extensions.Localization;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Villages;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Villages;

/// <summary>
/// What a village reads after an action: the page it is sent back to (post/redirect/get) says what happened to which
/// work — "已确认收到《…》", "已上报进度：…" — rather than a bare 已保存, so a committee member on a phone knows the tap
/// counted. The action travels as <c>?done=</c>; the words come from the work as it now stands.
/// </summary>
public static class VillageConfirmations
{
    public const string Progress = "progress";
    public const string Completed = "completed";
    public const string Exit = "exit";

    /// <summary>The longest excerpt of a progress text repeated back (the whole text is in the history below).</summary>
    private const int Excerpt = 60;

    /// <summary>A support answer, as the form sent it ("Funding:arrived").</summary>
    public static string Support(string? answer) => answer ?? "";

    public static string Acknowledged(IStringLocalizer<VillagePhoneResource> p, string title) => p["Done.Acknowledged", title].Value;

    /// <summary>The confirmation for <paramref name="done"/>, or null for a value no action sends.</summary>
    public static string? After(IStringLocalizer<VillagePhoneResource> p, IStringLocalizer<VillagesResource> v, string done, AssignmentView item, IReadOnlyList<ProgressReport> progress)
    {
        switch (done)
        {
            case Progress:
                var last = progress.LastOrDefault(r => !r.MarksDone);
                return last is null ? null
                    : string.IsNullOrWhiteSpace(last.Text) ? p["Done.ProgressFile"].Value
                    : p["Done.Progress", last.Text.Length > Excerpt ? last.Text[..Excerpt] + "…" : last.Text].Value;
            case Completed:
                return p["Done.Completed", item.Title].Value;
            case Exit:
                return p["Done.ExitRequested", item.Title].Value;
        }
        var parts = done.Split(':');
        if (parts is [var kindText, "arrived" or "missing"] && Enum.TryParse<SupportKind>(kindText, out var kind)
            && VillageText.Support(v, item.Support).FirstOrDefault(s => s.Kind == kind) is { Text: { } text })
        {
            return p[parts[1] == "arrived" ? "Done.SupportArrived" : "Done.SupportMissing", text].Value;
        }
        return null;
    }
}
