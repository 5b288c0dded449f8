using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

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
