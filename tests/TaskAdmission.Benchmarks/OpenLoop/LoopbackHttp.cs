using System.Net;
using System.Net.Sockets;

namespace TaskAdmission.Benchmarks.OpenLoop;

/// <summary>
/// The HTTP client of an open-loop run: loopback only, no limit on connections (a limit would queue requests in the
/// client, which is the coordinated omission the generator avoids), no cookie jar (each request carries its own).
/// </summary>
public static class LoopbackHttp
{
    private static long opened;

    /// <summary>
    /// TCP connections every client of this process has opened so far. A step that must reach a higher concurrency
    /// than any before it opens new ones (HTTP/1.1: one request per connection at a time), and the connect, Kestrel's
    /// accept and the first request on a cold connection are in that step's latency; the Monday ramp prints the
    /// count per step so a first attempt that fails can be told apart from its repetition on connections already open.
    /// </summary>
    public static long ConnectionsOpened => Interlocked.Read(ref opened);

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
            // What the handler does by default (a TCP socket, no Nagle delay), counted. The address is an IP literal,
            // so there is no name to resolve.
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, token);
                    Interlocked.Increment(ref opened);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }
}
