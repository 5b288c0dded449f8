using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Core.Security;
using TaskAdmission.Testing;
using TaskAdmission.Web.Features.Admission;

namespace TaskAdmission.Web.Tests.Admission;

/// <summary>
/// The names on the review and submission screens are built once per org-tree version and shared: a unit or department
/// added since must be named on the next page, on both databases (PostgreSQL keeps the tree while its notifications are
/// live; SQLite reads it every time).
/// </summary>
public abstract class OrgNamesTests<TApp>(TApp app) where TApp : TestApp
{
    private static int next = 700 + Environment.ProcessId % 200;

    [Fact]
    public async Task UnitAndDepartmentAddedSinceTheLastPage_AreNamedOnTheNextPage()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var code = $"990100100{Interlocked.Increment(ref next):D3}";
        var department = $"T-NAMES-{code[^3..]}";
        var before = await LoadAsync();
        if (SharesNames)
        {
            // Wait until the notification path is proved and the names are shared, so the change below must invalidate them.
            for (var i = 0; i < 100 && !ReferenceEquals(before, await LoadAsync()); i++)
            {
                await Task.Delay(200);
                before = await LoadAsync();
            }
            Assert.Same(before, await LoadAsync());
        }
        Assert.Equal(code, before.Unit(code));
        Assert.Null(before.FindDepartment(department));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var org = scope.ServiceProvider.GetRequiredService<OrganisationService>();
            var admin = Actor.SystemAdministrator("org-names-test");
            Assert.True((await org.ImportUnitsAsync(new StringReader($"code,parent_code,kind,name_zh,name_en\n{code},990100100000,Village,名称缓存村,Names Cache\n"), admin)).Ok);
            Assert.True((await org.ImportDepartmentsAsync(new StringReader($"code,org_code,name_zh,name_en\n{department},990100000000,名称测试局,Names Test Bureau\n"), admin)).Ok);
        }

        var after = await LoadAsync();
        Assert.Equal("名称缓存村", after.Unit(code));
        Assert.Equal("名称测试局", after.Department(department));
        Assert.Contains(after.Children("990100100000"), u => u.Code == code);
    }

    /// <summary>PostgreSQL keeps one tree (and so one set of names) while its change notifications are live.</summary>
    protected virtual bool SharesNames => false;

    private async Task<OrgNames> LoadAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await OrgNames.LoadAsync(scope.ServiceProvider.GetRequiredService<OrganisationService>());
    }
}

public sealed class SqliteOrgNamesTests(SqliteTestApp app) : OrgNamesTests<SqliteTestApp>(app), IClassFixture<SqliteTestApp>;

public sealed class PostgresOrgNamesTests(PostgresTestApp app) : OrgNamesTests<PostgresTestApp>(app), IClassFixture<PostgresTestApp>
{
    protected override bool SharesNames => true;
}
