using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using TaskAdmission.Application.Villages;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Web.Features.Villages;

/// <summary>
/// A component rendered to its HTML outside the page that shows it (Blazor's <see cref="HtmlRenderer"/>), in the current
/// UI culture: for markup kept between requests and written into a page as a <see cref="MarkupString"/> — the
/// `/village` page's cards and done list on a village's cached inbox, rendered on a miss and then emitted without
/// rendering or decoding anything per view (issue 20).
/// </summary>
public static class ComponentMarkup
{
    /// <summary>The HTML of <typeparamref name="TComponent"/> with these parameters, its services from <paramref name="services"/>.</summary>
    public static async Task<string> RenderAsync<TComponent>(IServiceProvider services, IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}

/// <summary>What the `/village` page shows of the village's inbox, as markup in the current language (<see cref="ComponentMarkup"/>).</summary>
public static class InboxPageMarkup
{
    /// <summary>
    /// The cards (<see cref="InboxCards"/>) and the recent done list (<see cref="InboxDoneList"/>) from the village's cached
    /// inbox, or rendered and kept; and the open work's groups when they were read (null when the cards were kept).
    /// </summary>
    public static async Task<(string Cards, IReadOnlyList<DueGroup>? Read, string Done)> LoadAsync(VillageInboxService inbox, IServiceProvider services,
        Actor actor, DateOnly today, CancellationToken ct = default)
    {
        // The key names what the markup depends on: the language, and for the cards the day (an overdue badge).
        var language = VillageText.English ? "en" : "zh";
        var (cards, read) = await inbox.OpenPageAsync(actor, $"page:{language}:{today.DayNumber}", groups =>
            ComponentMarkup.RenderAsync<InboxCards>(services, new Dictionary<string, object?> { [nameof(InboxCards.Groups)] = groups, [nameof(InboxCards.Today)] = today }), ct);
        var done = await inbox.RecentDonePageAsync(actor, $"page:done:{language}", recent =>
            ComponentMarkup.RenderAsync<InboxDoneList>(services, new Dictionary<string, object?> { [nameof(InboxDoneList.Done)] = recent }), ct);
        return (cards, read, done);
    }
}
