using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Organisation;
using TaskAdmission.Web.Localization;

namespace TaskAdmission.Web.Features.Admin;

/// <summary>Every department and org unit, for the scope picker (a datalist, so a code can also be typed).</summary>
public static class ScopeOptions
{
    public static async Task<List<(string Code, string Name)>> LoadAsync(OrganisationService org)
    {
        var english = LocalizationExtensions.IsEnglish;
        var departments = (await org.AllDepartmentsAsync()).Select(d => (d.Code, d.Name(english)));
        var units = (await org.AllUnitsAsync()).Select(u => (u.Code, u.Name(english)));
        return departments.Concat(units).ToList();
    }
}
