using Microsoft.Extensions.Options;
using TaskAdmission.Application.Calendar;
using TaskAdmission.Application.Hosting;

namespace TaskAdmission.Web.Hosting;

/// <summary>
/// Re-reads calendar_days every <see cref="WorkflowHostingOptions.CalendarRefreshInterval"/> and swaps it into the
/// engine's options, so a calendar edited on another node reaches this one without a restart.
/// </summary>
public sealed class CalendarRefreshService(IServiceScopeFactory scopes, IOptions<WorkflowHostingOptions> options, TimeProvider time, ILogger<CalendarRefreshService> logger)
    : PollingBackgroundService(scopes, time, logger)
{
    protected override bool Enabled => options.Value.CalendarRefreshInterval > TimeSpan.Zero;

    protected override TimeSpan PollInterval => options.Value.CalendarRefreshInterval;

    protected override async Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        await services.GetRequiredService<WorkingCalendarReloader>().ReloadAsync(services.GetRequiredService<WorkingCalendarStore>(), stoppingToken);
        return false;
    }
}
