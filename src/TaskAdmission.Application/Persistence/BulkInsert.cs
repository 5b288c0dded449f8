using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Expr = System.Linq.Expressions.Expression;

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
        if (db.Database.IsNpgsql())
        {
            await CopyAsync(db, CopyPlan<T>.For(db), rows, ct);
        }
        else
        {
            await InsertAsync(db, Columns<T>(db), rows, ct);
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

    private static async Task CopyAsync<T>(AppDbContext db, CopyPlan<T> plan, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(plan.Sql, ct);
        var writers = plan.Writers;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < writers.Length; i++)
            {
                await writers[i](importer, row, ct);
            }
        }
        await importer.CompleteAsync(ct);
    }

    /// <summary>
    /// The COPY statement of one entity type and a typed writer per column, built once per model: each reads its property
    /// and converts it (enums to names) as compiled code and writes it with <c>WriteAsync&lt;TValue&gt;</c>. Reading the
    /// values through EF's untyped getters boxed every value-typed column of every row (a dispatch to 1,000 villages
    /// boxed about 30,000 values, issue 20's garbage on the write path), and the column list was rebuilt for every call.
    /// </summary>
    private sealed class CopyPlan<T> where T : class
    {
        private static readonly ConditionalWeakTable<IModel, CopyPlan<T>> Plans = new();

        public required string Sql { get; init; }

        public required Func<NpgsqlBinaryImporter, T, CancellationToken, Task>[] Writers { get; init; }

        public static CopyPlan<T> For(AppDbContext db) => Plans.GetValue(db.Model, _ => Build(db));

        private static CopyPlan<T> Build(AppDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
            var (table, columns) = Columns<T>(db);
            var properties = entity.GetProperties().ToList();
            return new CopyPlan<T>
            {
                Sql = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)",
                Writers = [.. properties.Select((p, i) => Writer(p, columns[i]))],
            };
        }

        private static readonly MethodInfo WriteValue = typeof(NpgsqlBinaryImporter).GetMethods()
            .Single(m => m.Name == nameof(NpgsqlBinaryImporter.WriteAsync) && m.IsGenericMethodDefinition && m.GetParameters() is [_, { ParameterType: var t }, _] && t == typeof(NpgsqlDbType));

        private static readonly MethodInfo WriteNull = typeof(NpgsqlBinaryImporter).GetMethod(nameof(NpgsqlBinaryImporter.WriteNullAsync), [typeof(CancellationToken)])!;

        /// <summary>The column's typed writer, or (a property without a CLR property: shadow, indexer) the untyped one.</summary>
        private static Func<NpgsqlBinaryImporter, T, CancellationToken, Task> Writer(IProperty property, Column column)
        {
            var type = NpgsqlTypeOf(column.ProviderType);
            if (property.PropertyInfo is not { } info || property.IsShadowProperty())
            {
                return (importer, row, ct) => column.Read(row) is { } value ? importer.WriteAsync(value, type, ct) : importer.WriteNullAsync(ct);
            }
            var importerParameter = Expr.Parameter(typeof(NpgsqlBinaryImporter), "importer");
            var rowParameter = Expr.Parameter(typeof(T), "row");
            var ctParameter = Expr.Parameter(typeof(CancellationToken), "ct");
            var value = Expr.Variable(info.PropertyType, "value");
            var writeNull = Expr.Call(importerParameter, WriteNull, ctParameter);
            Expr present = value;
            if (Nullable.GetUnderlyingType(info.PropertyType) is not null)
            {
                present = Expr.Property(value, "Value");
            }
            if (property.GetTypeMapping().Converter is { } converter)
            {
                var convert = converter.ConvertToProviderExpression;
                var input = present.Type == convert.Parameters[0].Type ? present : Expr.Convert(present, convert.Parameters[0].Type);
                present = Expr.Invoke(convert, input);
            }
            var provider = Expr.Variable(present.Type, "provider");
            Expr written = provider;
            if (Nullable.GetUnderlyingType(provider.Type) is not null)
            {
                written = Expr.Property(provider, "Value");
            }
            var write = Expr.Call(importerParameter, WriteValue.MakeGenericMethod(written.Type), written,
                Expr.Constant(type), ctParameter);
            // A provider value can still be null (a reference type, or a converter that yields null): written as NULL.
            Expr writeProvider = provider.Type.IsValueType && Nullable.GetUnderlyingType(provider.Type) is null
                ? write
                : Expr.Condition(Expr.Equal(provider, Expr.Constant(null, provider.Type)), writeNull, write);
            Expr body = Expr.Block(typeof(Task), [provider],
                Expr.Assign(provider, present), writeProvider);
            if (!info.PropertyType.IsValueType || Nullable.GetUnderlyingType(info.PropertyType) is not null)
            {
                body = Expr.Condition(
                    Expr.Equal(value, Expr.Constant(null, info.PropertyType)), writeNull, body, typeof(Task));
            }
            var lambda = Expr.Lambda<Func<NpgsqlBinaryImporter, T, CancellationToken, Task>>(
                Expr.Block(typeof(Task), [value],
                    Expr.Assign(value, Expr.Property(rowParameter, info)), body),
                importerParameter, rowParameter, ctParameter);
            return lambda.Compile();
        }
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
