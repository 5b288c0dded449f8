using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace TaskAdmission.Web.Features.Admission;

/// <summary>
/// The review page's table of the villages a reviewer decides for (a township's 500–1,000), each row written as one
/// piece of markup: <c>&lt;tr data-village="…"&gt;&lt;td&gt;township&lt;/td&gt;&lt;td&gt;village&lt;/td&gt;&lt;td class="text-end"&gt;burden&lt;/td&gt;&lt;td&gt;state&lt;/td&gt;&lt;/tr&gt;</c>,
/// the markup the page's Razor rows rendered.
/// </summary>
/// <remarks>
/// Written by hand because of what the renderer keeps (issue 20): static server rendering buffers every piece it writes
/// — each tag, attribute name and value, text and boxed number is a <c>TextChunk</c> — until the page ends, so at 1,000
/// rows the buffer's chunk arrays alone were 1.4 MiB per review page, all of it alive through the render and copied by
/// any collection meanwhile. One string per row is one chunk. Names and codes are encoded with the app's
/// <see cref="HtmlEncoder"/> (the one the renderer uses: every Unicode range allowed, see <c>LocalizationExtensions</c>),
/// in text and in the attribute alike, as the renderer does.
/// </remarks>
public sealed class ReviewVillageRows(HtmlEncoder encoder)
{
    private readonly StringBuilder row = new(256);

    public MarkupString Row(string villageCode, string township, string village, int burden, string state)
    {
        row.Clear();
        row.Append("<tr data-village=\"");
        Encoded(villageCode);
        row.Append("\"><td>");
        Encoded(township);
        row.Append("</td><td>");
        Encoded(village);
        row.Append("</td><td class=\"text-end\">");
        row.Append(CultureInfo.InvariantCulture, $"{burden}");
        row.Append("</td><td>");
        Encoded(state);
        row.Append("</td></tr>");
        return new MarkupString(row.ToString());
    }

    // The encoder returns the string itself when nothing in it needs encoding (codes, names).
    private void Encoded(string value) => row.Append(encoder.Encode(value));
}
