using Microsoft.EntityFrameworkCore;
using TaskAdmission.Application.Admission;
using TaskAdmission.Core.Common;
using TaskAdmission.Core.Purchase;
using TaskAdmission.Core.Security;

namespace TaskAdmission.Application.Purchase;

public sealed partial class ProviderService
{
    /// <summary>
    /// Imports a CSV or XLSX file of providers, all or nothing: every row is checked (each problem with its row and
    /// column) before anything is written; a row whose credit code is in the register updates that provider, any other
    /// row adds one. Refused with every problem when one row is wrong.
    /// </summary>
    public async Task<ProviderImportOutcome> ImportAsync(Stream file, bool xlsx, Actor actor, CancellationToken ct = default)
    {
        var org = await ManagerScopeAsync(actor, ct);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var (rows, fileProblems) = xlsx ? ProviderFile.ReadXlsx(buffer) : ProviderFile.ReadCsv(new StreamReader(buffer, detectEncodingFromByteOrderMarks: true));
        if (fileProblems.Count > 0)
        {
            throw RefusalException.Invalid(fileProblems);
        }
        var codes = rows.Select(r => CreditCode.Normalise(r.Input.CreditCode)).Where(c => c.Length > 0).Distinct().ToList();
        var existing = await db.PurchaseProviders.Where(p => p.CreditCode != null && codes.Contains(p.CreditCode)).ToDictionaryAsync(p => p.CreditCode!, ct);
        var problems = new List<PurchaseProblem>();
        var firstRow = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            problems.AddRange(row.Problems);
            var rowProblems = ProviderValidator.Validate(row.Input, code => org.Find(code)?.Kind);
            rowProblems.AddRange(row.Input.ServiceAreaCodes.Where(a => org.Find(a) is not null && !Manages(org, actor, [a]))
                .Select(a => new PurchaseProblem("serviceAreaCodes", PurchaseProblemCode.ServiceAreaOutsideScope, a)));
            var code = CreditCode.Normalise(row.Input.CreditCode);
            if (code.Length > 0 && !firstRow.TryAdd(code, row.Number))
            {
                rowProblems.Add(new PurchaseProblem("creditCode", PurchaseProblemCode.DuplicateInFile, firstRow[code]));
            }
            else if (existing.TryGetValue(code, out var known) && !Manages(org, actor, known.ServiceAreaCodes))
            {
                rowProblems.Add(new PurchaseProblem("creditCode", PurchaseProblemCode.ServiceAreaOutsideScope, string.Join(' ', known.ServiceAreaCodes)));
            }
            problems.AddRange(rowProblems.Select(p => p with { Field = Column(p.Field), Row = row.Number }));
        }
        if (problems.Count > 0)
        {
            throw RefusalException.Invalid(problems);
        }
        var (created, updated) = (0, 0);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(CreditCode.Normalise(row.Input.CreditCode), out var provider))
            {
                Apply(provider, row.Input, actor);
                provider.Version++;
                updated++;
            }
            else
            {
                provider = new Provider { Id = Guid.NewGuid(), CreatedBy = actor.UserName, CreatedAtUtc = clock.UtcNow };
                Apply(provider, row.Input, actor);
                db.PurchaseProviders.Add(provider);
                created++;
            }
        }
        audit.Record(actor.UserName, "provider.import", "provider-register", $"{rows.Count} rows: {created} new, {updated} updated");
        await SaveAsync(ct);
        return new ProviderImportOutcome(created, updated);
    }

    /// <summary>The file's column for a form field (problems of a file row name the column the user sees).</summary>
    private static string Column(string field) => field switch
    {
        "creditCode" => "credit_code",
        "registrationAuthority" => "registration_authority",
        "contactName" => "contact_name",
        "contactPhone" => "contact_phone",
        "serviceAreaCodes" => "service_areas",
        "blacklistReason" => "blacklist_reason",
        _ => field,
    };
}
