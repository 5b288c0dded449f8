using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskAdmission.Application.Hosting;

namespace TaskAdmission.Application.Audit;

/// <summary>
/// Writes the audit chain's head to the log every <see cref="AuditOptions.HeadLogIntervalMinutes"/> minutes. A log kept
/// apart from the database (journald, a log server) then holds heads an intruder in the database cannot change;
/// <c>verify-audit --head</c> checks the chain against any of them.
/// </summary>
public sealed class AuditHeadLogWorker(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditHeadLogWorker> log)
    : PollingBackgroundService(scopes, clock, log)
{
    protected override bool Enabled => options.Value.HeadLogIntervalMinutes > 0;

    protected override TimeSpan PollInterval => TimeSpan.FromMinutes(options.Value.HeadLogIntervalMinutes);

    protected override async Task<bool> PollOnceAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var head = await services.GetRequiredService<AuditChainService>().HeadAsync(stoppingToken);
        Logger.LogInformation("Audit chain head {Head} (entry {Sequence} of {AtUtc:O}).", head.ToString(), head.Sequence, head.AtUtc);
        return false;
    }
}
