using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using TaskAdmission.Application.Persistence;

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
/// <para>The gate's statuses are written out as text (as the compiled open-rows query writes its gate out):
/// <c>InboxFingerprintTests</c> hold them to <see cref="AdmittedWork"/>'s.</para>
/// </remarks>
internal static class InboxFingerprint
{
    /// <summary>The village's fingerprint (an MD5 in hex): equal while nothing its inbox rests on was written.</summary>
    /// <remarks>
    /// A plain command on the context's connection, not EF's raw SQL query: that builds and looks up a query per call
    /// (≈ 30 KiB a call on the read-paths city), a third of what the revalidation is meant to save.
    /// </remarks>
    public static async Task<string> ReadAsync(AppDbContext db, string village, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.Parameters.Add(new NpgsqlParameter<string>("village", village));
            return (string)(await command.ExecuteScalarAsync(ct))!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The statement, with its one parameter <c>@village</c> (the benchmarks explain it).</summary>
    /// <remarks>
    /// Each table once, as sets: the village's assignments (one index and their heap pages), their village rows (the
    /// same), and then only the distinct decisions, departments, units and exit requests of the shown ones — a
    /// village's ten cards rest on a few decisions of one or two units, so each is looked up once, not per card.
    /// </remarks>
    internal const string Sql = """
        WITH a AS MATERIALIZED (
            SELECT "Id", "SubmissionId", "DecisionId", "DepartmentCode", "Status", xmin::text AS x
            FROM assignments WHERE "VillageCode" = @village),
        g AS MATERIALIZED (
            SELECT a."Id", a."DecisionId", a."DepartmentCode", a."Status", v.xmin::text AS vx, v."Admitted", s."Status" AS submission, s."Number"
            FROM a
            JOIN submission_villages v ON v."SubmissionId" = a."SubmissionId" AND v."VillageCode" = @village
            JOIN submissions s ON s."Id" = a."SubmissionId"
            WHERE a."Status" <> 'Cancelled'),
        shown AS MATERIALIZED (
            SELECT "Id", "DecisionId", "DepartmentCode" FROM g
            WHERE "Admitted" AND submission IN ('Admitted', 'PartiallyAdmitted', 'SpecialAdmitted', 'EmergencyAdmitted')
                AND "Status" IN ('Open', 'Acknowledged', 'InProgress'))
        SELECT md5(concat(
            (SELECT count(*) FROM a), '|',
            (SELECT string_agg("Id"::text || ':' || x || ':' || "Status", ',' ORDER BY "Id") FROM a), '|',
            (SELECT string_agg("Id"::text || ':' || vx || ':' || "Admitted"::text || ':' || submission || ':' || length("Number") || ':' || "Number", ',' ORDER BY "Id") FROM g), '|',
            (SELECT string_agg(d."Id"::text || ':' || d.xmin::text, ',' ORDER BY d."Id") FROM decisions d WHERE d."Id" IN (SELECT "DecisionId" FROM shown)), '|',
            (SELECT string_agg(dep."Code" || ':' || dep.xmin::text, ',' ORDER BY dep."Code") FROM departments dep WHERE dep."Code" IN (SELECT "DepartmentCode" FROM shown)), '|',
            (SELECT string_agg(u."Code" || ':' || u.xmin::text, ',' ORDER BY u."Code") FROM org_units u
                WHERE u."Code" IN (SELECT d."OrgUnitCode" FROM decisions d WHERE d."Id" IN (SELECT "DecisionId" FROM shown))), '|',
            (SELECT string_agg(e."Id"::text || ':' || e.xmin::text, ',' ORDER BY e."Id") FROM exit_requests e WHERE e."AssignmentId" IN (SELECT "Id" FROM shown))))
        """;
}
