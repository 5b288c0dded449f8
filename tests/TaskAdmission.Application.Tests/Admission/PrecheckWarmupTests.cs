using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Testing;
using Xunit;

namespace TaskAdmission.Application.Tests.Admission;

/// <summary>A host that warms the pre-check at start, as the shipped app does.</summary>
public sealed class WarmPrecheckHost() : ApplicationHost(DatabaseProvider.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Admission:WarmPrecheckAtStart"] = "true" };
}

/// <summary>
/// The pre-check warm-up reads the lists in force of every district once at start, so the first department desk of
/// the day is not the one that waits for the segmenter and the recognisers to be built.
/// </summary>
public sealed class PrecheckWarmupTests(WarmPrecheckHost host) : IClassFixture<WarmPrecheckHost>
{
    [Fact]
    public async Task Start_ReadsTheListsInForceOfEveryDistrict()
    {
        var warmup = host.Services.GetServices<IHostedService>().OfType<PrecheckWarmup>().Single();
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(warmup.ExecuteTask?.IsCompleted == true)), "the warm-up did not finish");

        var districts = await host.WithScopeAsync(async services =>
        {
            var org = await services.GetRequiredService<OrgDirectoryCache>().GetAsync(services.GetRequiredService<AppDbContext>());
            return org.Units.Where(u => u.Kind.IsVillageLevel()).Select(u => org.Ancestor(u.Code, 2)?.Code).Distinct().Count();
        });
        // The demo city has more than one district, each with the city's list (and its own refinement) in force today.
        Assert.True(districts > 1);
        Assert.Equal(districts, warmup.DistrictsWarmed);
    }
}

/// <summary>The test hosts leave the warm-up off (they start by the hundred); it then reads nothing.</summary>
public sealed class PrecheckWarmupOffTests(SqliteApplicationHost host) : IClassFixture<SqliteApplicationHost>
{
    [Fact]
    public async Task Off_ReadsNothing()
    {
        var warmup = host.Services.GetServices<IHostedService>().OfType<PrecheckWarmup>().Single();
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(warmup.ExecuteTask?.IsCompleted == true)), "the warm-up did not return");
        Assert.Null(warmup.DistrictsWarmed);
    }
}
