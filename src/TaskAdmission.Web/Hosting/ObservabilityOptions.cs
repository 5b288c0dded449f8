using System.ComponentModel.DataAnnotations;
using System.Net;

namespace TaskAdmission.Web.Hosting;

/// <summary>The <c>Observability</c> section: who may read /metrics and /health/operations.</summary>
public sealed class ObservabilityOptions : IValidatableObject
{
    public const string Section = "Observability";

    /// <summary>Serve the Prometheus scrape endpoint /metrics.</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>
    /// Record every garbage collection's pause in the histogram <c>taskadmission.gc.pause</c> (<see cref="GcPauseMetrics"/>):
    /// for diagnosing a latency tail (the Monday benchmark turns it on); off by default.
    /// </summary>
    public bool GcPauses { get; set; }

    /// <summary>
    /// With <see cref="GcPauses"/>: also count the runtime's allocation samples by heap and type
    /// (<c>taskadmission.gc.allocated</c>), to find what fills the heaps; about a thousand events a second under load,
    /// so only for a diagnosis (the Monday benchmark's <c>gc-alloc=1</c>); off by default.
    /// </summary>
    public bool GcAllocations { get; set; }

    /// <summary>
    /// Count the thread pool's thread adjustments by the runtime's reason (starvation, blocking, hill climbing) and the time
    /// spent waiting for contended locks (<see cref="ThreadPoolEventMetrics"/>): for diagnosing requests that queue for a
    /// thread (the Monday benchmark turns it on); off by default.
    /// </summary>
    public bool ThreadPoolEvents { get; set; }

    /// <summary>
    /// Send a <c>Server-Timing</c> header on every response (except /metrics) saying where the request's time went in the
    /// app: the phases the code marks (the village inbox: cache look-up, ticket, rows, verdicts, build, store, render),
    /// the database's share (connection open including the pool's wait, execution, reading), and the GC pause time and
    /// lock contentions of the process while it ran (<see cref="Application.Hosting.RequestTiming"/>). For diagnosing a
    /// latency tail (the Monday benchmark turns it on and prints the slowest reads' breakdown); off by default: it
    /// costs a little per request and tells a client how the server spends its time.
    /// </summary>
    public bool ServerTiming { get; set; }

    /// <summary>
    /// Networks (CIDR, e.g. 10.0.0.0/8) besides loopback whose clients may read /metrics and /health/operations without
    /// signing in: the Prometheus server's, the load balancer's. For anyone else they do not exist (/metrics falls through to
    /// sign-in like any unknown path; /health/operations answers 404).
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    public bool Allows(IPAddress? address)
    {
        if (address is null) return false;
        if (IPAddress.IsLoopback(address)) return true;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return AllowedNetworks.Any(n => IPNetwork.TryParse(n, out var network) && network.Contains(address));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AllowedNetworks.Where(n => !IPNetwork.TryParse(n, out _))
            .Select(n => new ValidationResult($"Observability:AllowedNetworks: '{n}' is not a network in CIDR notation (e.g. 10.0.0.0/8)."));
}
