using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace TaskAdmission.Application.Persistence;

/// <summary>
/// Writes many rows of one mapped entity in the DbContext's current transaction, without change tracking: binary
/// COPY on PostgreSQL, one prepared INSERT reused for every row on SQLite. Columns, names and value conversions
/// (enums as names) come from the EF model, so the rows read back exactly as if EF had written them.
/// </summary>
public static class BulkInsert
{
    public static async Task WriteAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct = default) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("BulkInsert needs the caller's transaction, so the rows commit with the change they belong to.");
        }
        var columns = Columns<T>(db);
        if (db.Database.IsNpgsql())
        {
            await CopyAsync(db, columns, rows, ct);
        }
        else
        {
            await InsertAsync(db, columns, rows, ct);
        }
    }

    /// <summary>The table name and the columns in model order, each with a getter that yields the provider value.</summary>
    public static (string Table, IReadOnlyList<Column> Columns) Columns<T>(AppDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Select(p =>
        {
            var getter = p.GetGetter();
            var converter = p.GetTypeMapping().Converter;
            Func<object, object?> read = converter is null
                ? getter.GetClrValueUsingContainingEntity
                : e => getter.GetClrValueUsingContainingEntity(e) is { } v ? converter.ConvertToProvider(v) : null;
            return new Column(p.GetColumnName(store)!, converter?.ProviderClrType ?? p.ClrType, read);
        }).ToList();
        return (table, columns);
    }

    private static async Task CopyAsync<T>(AppDbContext db, (string Table, IReadOnlyList<Column> Columns) spec, IEnumerable<T> rows, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var types = spec.Columns.Select(c => NpgsqlTypeOf(c.ProviderType)).ToArray();
        var sql = $"COPY {Quote(spec.Table)} ({string.Join(", ", spec.Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(sql, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < types.Length; i++)
            {
                var value = spec.Columns[i].Read(row!);
                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(value, types[i], ct);
                }
            }
        }
        await importer.CompleteAsync(ct);
    }

    private static async Task InsertAsync<T>(AppDbContext db, (string Table, IReadOnlyList<Column> Columns) spec, IEnumerable<T> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"INSERT INTO {Quote(spec.Table)} ({string.Join(", ", spec.Columns.Select(c => Quote(c.Name)))}) " +
            $"VALUES ({string.Join(", ", spec.Columns.Select((_, i) => "$p" + i))})";
        var parameters = spec.Columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "$p" + i;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = SqliteValue(spec.Columns[i].Read(row!));
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The text forms EF Core's SQLite provider stores (GUIDs upper-case, ISO dates, decimals as text).</summary>
    private static object SqliteValue(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        _ => value,
    };

    private static NpgsqlDbType NpgsqlTypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(Guid) => NpgsqlDbType.Uuid,
        var t when t == typeof(string) => NpgsqlDbType.Text,
        var t when t == typeof(DateOnly) => NpgsqlDbType.Date,
        var t when t == typeof(DateTime) => NpgsqlDbType.TimestampTz,
        var t when t == typeof(decimal) => NpgsqlDbType.Numeric,
        var t when t == typeof(bool) => NpgsqlDbType.Boolean,
        var t when t == typeof(int) => NpgsqlDbType.Integer,
        var t when t == typeof(long) => NpgsqlDbType.Bigint,
        var t when t == typeof(byte[]) => NpgsqlDbType.Bytea,
        var t => throw new NotSupportedException($"BulkInsert: no PostgreSQL type for {t.Name}."),
    };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>One column: its name, the provider CLR type and how to read the provider value from an entity.</summary>
    public sealed record Column(string Name, Type ProviderType, Func<object, object?> Read);
}
