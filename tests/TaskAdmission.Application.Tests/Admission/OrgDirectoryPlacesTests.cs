using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Testing;
using TaskAdmission.Testing.Villages;

namespace TaskAdmission.Application.Tests.Admission;

/// <summary>
/// A pre-check of several units targets every village under them once, in code order, with its township and district,
/// whatever order the units are named in and however they overlap (a district and one of its townships): the places of
/// each unit are merged, not collected afresh.
/// </summary>
public sealed class OrgDirectoryPlacesTests(SqliteApplicationHost app) : IClassFixture<SqliteApplicationHost>
{
    [Fact]
    public async Task PlacesUnder_SeveralUnits_GivesEachVillageOnce_InCodeOrder_WithItsTownshipAndDistrict()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var org = await OrgDirectory.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        string[][] requests =
        [
            [VillageScenario.Liulin, VillageScenario.Shiqiao],
            [VillageScenario.Shiqiao, VillageScenario.Hewan, VillageScenario.Liulin],
            [VillageScenario.Qingshan, VillageScenario.Hewan],
            [VillageScenario.ShiqiaoVillage, VillageScenario.Shiqiao, "no-such-unit"],
            ["no-such-unit"],
        ];
        foreach (var codes in requests)
        {
            var expected = org.VillagesUnder(codes)
                .Select(v => (v.Code, Township: org.Ancestor(v.Code, 3)?.Code ?? "", District: org.Ancestor(v.Code, 2)?.Code ?? ""))
                .ToList();

            var places = org.PlacesUnder(codes).Select(p => (p.Village.Code, Township: p.TownshipCode, District: p.DistrictCode)).ToList();

            Assert.Equal(expected, places);
        }
        Assert.True(org.PlacesUnder([VillageScenario.Qingshan, VillageScenario.Hewan]).Count > org.PlacesUnder([VillageScenario.Hewan]).Count);
    }
}
