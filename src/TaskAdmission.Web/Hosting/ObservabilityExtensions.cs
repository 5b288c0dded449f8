using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TaskAdmission.Application.Hosting;
using TaskAdmission.Workflows.Execution;

namespace TaskAdmission.Web.Hosting;

/// <summary>
/// OpenTelemetry: traces from the HTTP request through the engine step to the database (Npgsql's own activity source),
/// metrics of HTTP, the engine, the platform's gauges and the runtime. Exported by OTLP when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (every other <c>OTEL_*</c> variable applies), and scraped at /metrics by
/// Prometheus from loopback or <see cref="ObservabilityOptions.AllowedNetworks"/>.
/// </summary>
public static class ObservabilityExtensions
{
    public const string MetricsPath = "/metrics";

    public static void AddTaskAdmissionObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ObservabilityOptions>().BindConfiguration(ObservabilityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        builder.Services.AddHostedService<PlatformSnapshotWorker>();
        if (options.GcPauses)
        {
            builder.Services.AddSingleton(_ => new GcPauseMetrics(options.GcAllocations));
            // Resolved at start so the listener runs from then on (a singleton nobody asks for would never be created).
            builder.Services.AddHostedService(sp => new StartedWith<GcPauseMetrics>(sp.GetRequiredService<GcPauseMetrics>()));
        }
        if (options.ThreadPoolEvents)
        {
            builder.Services.AddSingleton(_ => new ThreadPoolEventMetrics());
            builder.Services.AddHostedService(sp => new StartedWith<ThreadPoolEventMetrics>(sp.GetRequiredService<ThreadPoolEventMetrics>()));
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName: "taskadmission", serviceVersion: typeof(ObservabilityExtensions).Assembly.GetName().Version?.ToString()))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health") && !c.Request.Path.StartsWithSegments(MetricsPath))
                .AddSource(WorkflowTelemetry.Name, "Npgsql"))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(WorkflowTelemetry.Name, PlatformMetrics.Name, GcPauseMetrics.MeterName, ThreadPoolEventMetrics.MeterName, "Npgsql");
                if (options.Prometheus) m.AddPrometheusExporter();
            });
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
    }

    /// <summary>Before authentication: a scrape is answered from an allowed address and passed on (to a 404) otherwise.</summary>
    public static void UseTaskAdmissionMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ObservabilityOptions>>().Value;
        if (!options.Prometheus) return;
        app.UseOpenTelemetryPrometheusScrapingEndpoint(c =>
            c.Request.Path == MetricsPath && options.Allows(c.Connection.RemoteIpAddress));
    }

    /// <summary>
    /// First in the pipeline, when <see cref="ObservabilityOptions.ServerTiming"/> is on: times the request from here and
    /// adds the <c>Server-Timing</c> header as the response starts (after the endpoint rendered its body).
    /// </summary>
    public static void UseTaskAdmissionServerTiming(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<ObservabilityOptions>>().Value.ServerTiming) return;
        app.Use(static (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(MetricsPath))
            {
                return next(context);
            }
            var timing = RequestTiming.Start();
            context.Response.OnStarting(static state =>
            {
                var (context, timing) = ((HttpContext, RequestTiming))state;
                timing.Mark("end");
                context.Response.Headers["Server-Timing"] = timing.Header();
                return Task.CompletedTask;
            }, (context, timing));
            return next(context);
        });
    }

    /// <summary>Holds a service created at start for as long as the host runs.</summary>
    private sealed class StartedWith<T>(T service) : IHostedService
    {
        public T Service => service;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
