using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Application.Common;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Organisation;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Organisation;

/// <summary>Reads and imports the org tree and departments. An import writes all rows or none.</summary>
public sealed class OrganisationService(AppDbContext db, AuditLog audit, OrgDirectoryCache? orgTree = null)
{
    /// <summary>The org tree, shared by this process's requests while no change to units or departments was signalled (<see cref="OrgDirectoryCache"/>; read every time when constructed without it).</summary>
    public Task<OrgDirectory> TreeAsync(CancellationToken ct = default) => orgTree is null ? OrgDirectory.LoadAsync(db, ct) : orgTree.GetAsync(db, ct);

    public Task<List<OrgUnit>> AllUnitsAsync(CancellationToken ct = default) =>
        db.OrgUnits.AsNoTracking().OrderBy(u => u.Code).ToListAsync(ct);

    public Task<List<Department>> AllDepartmentsAsync(CancellationToken ct = default) =>
        db.Departments.AsNoTracking().OrderBy(d => d.OrgUnitCode).ThenBy(d => d.Code).ToListAsync(ct);

    public Task<OrgUnit?> FindUnitAsync(string code, CancellationToken ct = default) =>
        db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);

    public Task<Department?> FindDepartmentAsync(string code, CancellationToken ct = default) =>
        db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);

    public async Task<OrgImportResult<OrgUnit>> ImportUnitsAsync(TextReader csv, Actor actor, CancellationToken ct = default)
    {
        var existing = await db.OrgUnits.ToDictionaryAsync(u => u.Code, ct);
        var result = OrgUnitCsvImport.Parse(csv, existing);
        if (!result.Ok)
        {
            return result;
        }
        foreach (var unit in result.Rows)
        {
            if (existing.TryGetValue(unit.Code, out var current))
            {
                current.ParentCode = unit.ParentCode;
                current.Kind = unit.Kind;
                current.NameZh = unit.NameZh;
                current.NameEn = unit.NameEn;
            }
            else
            {
                db.OrgUnits.Add(unit);
            }
        }
        audit.Record(actor.UserName, "org.import", "org_units", $"{result.Rows.Count} rows");
        await db.SaveChangesAsync(ct);
        return result;
    }

    public async Task<OrgImportResult<Department>> ImportDepartmentsAsync(TextReader csv, Actor actor, CancellationToken ct = default)
    {
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, ct);
        var result = DepartmentCsvImport.Parse(csv, units);
        if (!result.Ok)
        {
            return result;
        }
        var existing = await db.Departments.ToDictionaryAsync(d => d.Code, ct);
        foreach (var dept in result.Rows)
        {
            if (existing.TryGetValue(dept.Code, out var current))
            {
                current.OrgUnitCode = dept.OrgUnitCode;
                current.NameZh = dept.NameZh;
                current.NameEn = dept.NameEn;
            }
            else
            {
                db.Departments.Add(dept);
            }
        }
        audit.Record(actor.UserName, "department.import", "departments", $"{result.Rows.Count} rows");
        await db.SaveChangesAsync(ct);
        return result;
    }
}
