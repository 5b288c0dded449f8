using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Parser;
using TaskAdmission.Testing;

namespace TaskAdmission.Web.Tests.Hosting;

/// <summary>
/// Static files as a village phone gets them: the pages link fingerprinted URLs, which come back pre-compressed and
/// cacheable for a year (immutable), so a repeat visit downloads only the page.
/// </summary>
public sealed class StaticAssetsTests(SqliteTestApp app) : IClassFixture<SqliteTestApp>
{
    [Fact]
    public async Task Pages_LinkFingerprintedAssets_ServedCompressedAndImmutable()
    {
        using var client = app.CreateClient();
        var assets = await LinkedAssetsAsync(client, "/account/login");

        // The shell's stylesheets and scripts, each by a URL that names its content (app.<fingerprint>.css).
        Assert.Contains(assets, a => a.StartsWith("/app.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal) && a != "/app.css");
        Assert.Contains(assets, a => a.StartsWith("/lib/htmx/htmx.min.", StringComparison.Ordinal) && a != "/lib/htmx/htmx.min.js");
        Assert.DoesNotContain(assets, a => a.Contains("bootstrap.bundle", StringComparison.Ordinal) || a.Contains("chart", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await GetAsync(client, asset, "br, gzip");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
            var cache = response.Headers.CacheControl!;
            Assert.True(cache.MaxAge >= TimeSpan.FromDays(365), $"{asset}: {cache}");
            Assert.Contains("immutable", cache.ToString(), StringComparison.Ordinal);
            Assert.NotEmpty(response.Headers.GetValues("Content-Security-Policy"));

            // What arrives is smaller than the file and decodes to it.
            var encoded = await response.Content.ReadAsByteArrayAsync();
            using var plain = await GetAsync(client, asset, "identity");
            var original = await plain.Content.ReadAsByteArrayAsync();
            Assert.True(encoded.Length < original.Length, $"{asset}: {encoded.Length} bytes compressed, {original.Length} plain");
            Assert.Equal(original, await DecodeAsync(encoded));
        }
    }

    [Fact]
    public async Task GzipOnlyClient_GetsGzip_AndAnUnfingerprintedUrl_IsNotCachedForever()
    {
        using var client = app.CreateClient();

        using var gzip = await GetAsync(client, "/js/site.js", "gzip");
        Assert.Equal(HttpStatusCode.OK, gzip.StatusCode);
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        // A plain URL may change content on the next release: the browser must ask again (an ETag makes that cheap).
        Assert.DoesNotContain("immutable", gzip.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.NotNull(gzip.Headers.ETag);
    }

    private static async Task<List<string>> LinkedAssetsAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Select(u => "/" + u.TrimStart('/'))
            .ToList();
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return client.SendAsync(request);
    }

    private static async Task<byte[]> DecodeAsync(byte[] brotli)
    {
        await using var decoder = new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await decoder.CopyToAsync(plain);
        return plain.ToArray();
    }
}
