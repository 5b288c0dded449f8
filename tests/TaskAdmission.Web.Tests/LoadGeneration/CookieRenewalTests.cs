using System.Collections.Concurrent;
using System.Net;
using TaskAdmission.Benchmarks.Monday;

namespace TaskAdmission.Web.Tests.LoadGeneration;

/// <summary>
/// The Monday generator's villages renew their session cookies from many requests at once: each village's next request
/// carries the cookie its last answer renewed, whatever the other villages' requests do meanwhile.
/// </summary>
public sealed class CookieRenewalTests
{
    /// <summary>Renews every village's cookie on every answer (village.N) and notes a request that sent a stale one.</summary>
    private sealed class RenewingAnswers : HttpMessageHandler
    {
        private readonly ConcurrentDictionary<string, int> issued = new(StringComparer.Ordinal);
        public ConcurrentBag<string> Stale { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var sent = request.Headers.GetValues("Cookie").Single()[(VillageSessions.CookieName.Length + 1)..];
            var village = sent[..sent.IndexOf('.')];
            var last = issued.GetValueOrDefault(village);
            if (sent != $"{village}.{last}")
            {
                Stale.Add($"{village}: sent {sent}, last issued {village}.{last}");
            }
            issued[village] = last + 1;
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]") };
            response.Headers.TryAddWithoutValidation("Set-Cookie", $"{VillageSessions.CookieName}={village}.{last + 1}; path=/; httponly");
            return Task.FromResult(response);
        }
    }

    [Fact]
    public async Task EachVillageSendsTheCookieItsLastAnswerRenewed_WhileOthersRenewTheirsAtOnce()
    {
        var villages = Enumerable.Range(0, 64).Select(i => $"9901{i:D8}").ToList();
        var cookies = new ConcurrentDictionary<string, string>(villages.ToDictionary(v => v, v => $"{v}.0"), StringComparer.Ordinal);
        var answers = new RenewingAnswers();
        var address = new Uri("http://127.0.0.1:5000");
        using var http = new HttpClient(answers) { BaseAddress = address };
        var traffic = new MondayTraffic(address, null!, cookies, null!, new MondayOptions(TimeSpan.FromSeconds(1), 0, 0, 0));

        // Villages in parallel, each village's requests one after another (as a browser's would be).
        await Parallel.ForEachAsync(villages, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (village, ct) =>
        {
            for (var i = 0; i < 50; i++)
            {
                Assert.Equal(200, await traffic.CookieGetAsync(http, MondayTraffic.InboxPath, village, ct));
            }
        });

        Assert.Empty(answers.Stale);
        Assert.Equal(villages.ToDictionary(v => v, v => $"{v}.50"), cookies.ToDictionary());
    }
}
