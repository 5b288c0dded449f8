using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Persistence;

namespace TaskAdmission.Application.Workflows;

/// <summary>
/// What a workflow instance is about, in words: the business object behind its business key (a submission's number and
/// title, a report's number and department), so inboxes and notifications never show a bare id. Keys of no known
/// object are shown as they are.
/// </summary>
public sealed class WorkflowSubjects(AppDbContext db)
{
    public async Task<Dictionary<string, string>> DescribeAsync(IEnumerable<string?> businessKeys, CancellationToken ct = default)
    {
        var keys = businessKeys.OfType<string>().Distinct().ToList();
        var ids = keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (ids.Count > 0)
        {
            foreach (var s in await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Number, s.Title }).ToListAsync(ct))
            {
                found[s.Id.ToString()] = $"{s.Number} {s.Title}";
            }
            foreach (var r in await db.UnadmittedReports.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Number, r.DepartmentName }).ToListAsync(ct))
            {
                found[r.Id.ToString()] = $"{r.Number} {r.DepartmentName}";
            }
        }
        return keys.ToDictionary(k => k, k => found.GetValueOrDefault(k) ?? k);
    }

    public async Task<string> DescribeAsync(string? businessKey, CancellationToken ct = default) =>
        businessKey is null ? "" : (await DescribeAsync([businessKey], ct))[businessKey];

    /// <summary>Business keys whose object has this number (a submission or report number), for finding instances by the number people quote.</summary>
    public async Task<List<string>> KeysOfNumberAsync(string number, CancellationToken ct = default)
    {
        var text = number.Trim();
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.Number == text).Select(s => s.Id).ToListAsync(ct);
        var reports = await db.UnadmittedReports.AsNoTracking().Where(r => r.Number == text).Select(r => r.Id).ToListAsync(ct);
        return [.. submissions.Concat(reports).Select(id => id.ToString())];
    }
}
