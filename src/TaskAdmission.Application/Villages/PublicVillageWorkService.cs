using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Lists;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Villages;

namespace TaskAdmission.Application.Villages;

/// <summary>
/// The public notice of a village's admitted work in force (公示): department, list item, period and the support
/// promised. No person's name, no decision maker, no progress — nothing personal and nothing that ranks villages.
/// </summary>
public sealed class PublicVillageWorkService(AppDbContext db, ChinaClock clock)
{
    public sealed record Item(
        string Title, string DepartmentNameZh, string DepartmentNameEn, IReadOnlyList<AssignmentListItems.Item> ListItems,
        DateOnly StartDate, DateOnly EndDate, decimal FundingYuan, bool Training, bool Staff, bool Equipment)
    {
        public string DepartmentName(bool english) => english ? DepartmentNameEn : DepartmentNameZh;
    }

    /// <summary>A village with the township and district above it (either may be missing in a partial organisation tree).</summary>
    public sealed record Place(OrgUnit Village, OrgUnit? Township, OrgUnit? District);

    /// <summary>The village (with its township and district) and its work in force; null when the code is not a village or community.</summary>
    public async Task<(Place Place, List<Item> Work)?> InForceAsync(string code, CancellationToken ct = default)
    {
        var village = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        if (village is null || !village.Kind.IsVillageLevel())
        {
            return null;
        }
        var township = village.ParentCode is { } t ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == t, ct) : null;
        var district = township?.ParentCode is { } d0 ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == d0, ct) : null;
        var today = clock.Today;
        var rows = await (from a in AdmittedWork.ForVillage(db, code).AsNoTracking()
                          join d in db.Departments on a.DepartmentCode equals d.Code into deps
                          from d in deps.DefaultIfEmpty()
                          where a.EndDate >= today
                          orderby a.StartDate, a.Title
                          select new
                          {
                              a.Title, a.ListItemsJson, a.StartDate, a.EndDate, a.FundingYuan, a.TrainingState, a.StaffState, a.EquipmentState,
                              Zh = d == null ? a.DepartmentCode : d.NameZh, En = d == null ? a.DepartmentCode : d.NameEn,
                          }).Take(500).ToListAsync(ct);
        return (new Place(village, township, district), rows.Select(r => new Item(r.Title, r.Zh, r.En, AssignmentListItems.Parse(r.ListItemsJson), r.StartDate, r.EndDate, r.FundingYuan,
            r.TrainingState != SupportState.NotPromised, r.StaffState != SupportState.NotPromised, r.EquipmentState != SupportState.NotPromised)).ToList());
    }
}
