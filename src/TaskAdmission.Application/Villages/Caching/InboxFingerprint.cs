using Microsoft.EntityFrameworkCore;
using Npgsql;
using TaskAdmission.Application.Persistence;
using TaskAdmission.Core.Admission.Submissions;

namespace TaskAdmission.Application.Villages.Caching;

/// <summary>
/// One statement (PostgreSQL) whose answer changes whenever anything a village's cached inbox rests on changes: every
/// assignment of the village (each row's <c>xmin</c>: any update or delete and re-insert of a row makes a new version
/// with the writing transaction's id, and a row added or removed changes the set), for each not cancelled its village row
/// and its submission's admittedness and number, and for each shown (open, admitted) one its decision, department, the
/// deciding unit and its exit requests (their <c>xmin</c>). It reads no column the inbox shows but the submission's number.
/// </summary>
/// <remarks>
/// Issue 20: an entry that reaches <see cref="VillageInboxCache.MaxAge"/> is checked with this instead of read again in
/// full (<see cref="VillageInboxService"/>). The fingerprint an entry keeps is taken <em>before</em> the read it keeps,
/// in another statement: a change committed between the two is in the read but not in the fingerprint, so the next
/// check finds a difference and reads again — the error is always towards a read. Equal answers mean that no row it
/// covers was written since the kept fingerprint was taken, so the read taken after it shows the rows as they are.
/// Hand-written SQL rather than LINQ because EF's model has no <c>xmin</c> (a system column) on these entities, and the
/// statement runs only where the inbox cache does (PostgreSQL).
/// </remarks>
internal static class InboxFingerprint
{
    /// <summary>The village's fingerprint (an MD5 in hex): equal while nothing its inbox rests on was written.</summary>
    public static Task<string> ReadAsync(AppDbContext db, string village, CancellationToken ct) =>
        db.Database.SqlQueryRaw<string>(Sql, new NpgsqlParameter("village", village)).SingleAsync(ct);

    /// <summary>The statement, with its one parameter <c>@village</c> (the benchmarks explain it).</summary>
    internal const string Sql = """
            SELECT md5(count(*)::text || '|' || coalesce(string_agg(
                concat(a."Id", ':', a.xmin, ':', g.gate, ':', x.shown), ',' ORDER BY a."Id"), '')) AS "Value"
            FROM assignments a
            LEFT JOIN LATERAL (
                SELECT concat(v.xmin, ':', v."Admitted", ':', s."Status", ':', length(s."Number"), ':', s."Number") AS gate,
                       v."Admitted" AND s."Status" IN ('Admitted', 'PartiallyAdmitted', 'SpecialAdmitted', 'EmergencyAdmitted') AS admitted
                FROM submission_villages v JOIN submissions s ON s."Id" = v."SubmissionId"
                WHERE a."Status" <> 'Cancelled' AND v."SubmissionId" = a."SubmissionId" AND v."VillageCode" = a."VillageCode"
            ) g ON true
            LEFT JOIN LATERAL (
                SELECT concat(d.xmin, ':', (SELECT dep.xmin FROM departments dep WHERE dep."Code" = a."DepartmentCode"), ':',
                       (SELECT u.xmin FROM org_units u WHERE u."Code" = d."OrgUnitCode"), ':',
                       (SELECT string_agg(e."Id"::text || '/' || e.xmin::text, ';' ORDER BY e."Id") FROM exit_requests e WHERE e."AssignmentId" = a."Id")) AS shown
                FROM decisions d
                WHERE g.admitted AND a."Status" IN ('Open', 'Acknowledged', 'InProgress') AND d."Id" = a."DecisionId"
            ) x ON true
            WHERE a."VillageCode" = @village
            """;

    /// <summary>The statuses the statement writes out (tests hold them to <see cref="AdmittedWork"/>'s gate).</summary>
    internal static readonly SubmissionStatus[] AdmittedStatuses =
        [SubmissionStatus.Admitted, SubmissionStatus.PartiallyAdmitted, SubmissionStatus.SpecialAdmitted, SubmissionStatus.EmergencyAdmitted];
}
