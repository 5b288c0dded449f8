using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Purchase;

/// <summary>Posting the purchase screens' forms as a browser would.</summary>
internal static class PurchasePages
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Posts the Blazor form <paramref name="formName"/> on <paramref name="path"/> with its hidden fields plus <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, params (string Key, string Value)[] fields)
    {
        var hidden = await TestApp.FormFieldsAsync(client, path, formName);
        return await client.PostAsync(path, new FormUrlEncodedContent([.. hidden, .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]));
    }

    /// <summary>Posts a form and expects the page back (a refusal shown on it).</summary>
    public static async Task<IHtmlDocument> PostRefusedAsync(HttpClient client, string path, string formName, params (string Key, string Value)[] fields)
    {
        var response = await PostAsync(client, path, formName, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form and expects the redirect of success; returns where it points.</summary>
    public static async Task<string> PostDoneAsync(HttpClient client, string path, string formName, params (string Key, string Value)[] fields)
    {
        var response = await PostAsync(client, path, formName, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{formName} on {path} answered {response.StatusCode}: {Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".alert-danger")?.TextContent}");
        return response.Headers.Location!.ToString();
    }

    public static async Task SwitchToEnglishAsync(HttpClient client)
    {
        var culture = await TestApp.HiddenFieldsAsync(client, "/", "form[action='/culture']");
        culture["culture"] = "en";
        await client.PostAsync("/culture", new FormUrlEncodedContent(culture));
    }

    public static (string, string)[] CaseFields(DateOnly today, string title, string budget, string end, params string[] villages) =>
    [
        ("Input.Title", title), ("Input.ServiceDescription", "在村委会设点代收代发快递"), ("Input.Deliverables", "服务点一个,月度服务记录"),
        ("Input.Budget", budget), ("Input.FundingSource", "LocalFinance"), ("Input.PeriodStart", today.ToString("yyyy-MM-dd")), ("Input.PeriodEnd", end),
        .. villages.Select(v => ("Input.Villages", v)),
    ];
}
