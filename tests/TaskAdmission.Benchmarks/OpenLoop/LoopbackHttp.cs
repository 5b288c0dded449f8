using System.Net;

namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>
/// The HTTP client of an open-loop run: loopback only, no limit on connections (a limit would queue requests in the
/// client, which is the coordinated omission the generator avoids), no cookie jar (each request carries its own).
/// </summary>
public static class LoopbackHttp
{
    public static HttpClient Create(Uri baseAddress)
    {
        if (!IPAddress.TryParse(baseAddress.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            throw new InvalidOperationException($"the load generator only targets a loopback address, not {baseAddress}");
        }
        return new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }
}
