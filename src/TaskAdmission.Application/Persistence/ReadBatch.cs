using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace TaskAdmission.Application.Persistence;

/// <summary>
/// Several read-only EF Core queries answered in one round trip. Each query keeps its LINQ form (EF Core writes its SQL,
/// for either provider); on PostgreSQL the commands go as one <see cref="NpgsqlBatch"/> with one result set each, on
/// SQLite (in process, where a round trip costs next to nothing) one after another. EF Core itself sends one command per
/// query and cannot materialise a batch, so each query comes with a row reader that reads its projection's columns in
/// order: project to plain columns (no constants, no repeated expression — EF Core leaves those out of the SQL).
/// </summary>
public sealed class ReadBatch(AppDbContext db)
{
    private readonly List<(IQueryable Query, Action<DbDataReader> Read)> reads = [];

    /// <summary>Adds a query; the list returned is filled by <see cref="RunAsync"/>.</summary>
    public IReadOnlyList<TRow> Add<TRow>(IQueryable query, Func<DbDataReader, TRow> row)
    {
        var rows = new List<TRow>();
        reads.Add((query, reader => rows.Add(row(reader))));
        return rows;
    }

    /// <summary>Adds a count (the query's rows counted in SQL); the box returned holds it after <see cref="RunAsync"/>.</summary>
    public StrongBox<int> Count<T>(IQueryable<T> query)
    {
        var count = new StrongBox<int>();
        reads.Add((query.GroupBy(_ => 1).Select(g => g.Count()), reader => count.Value = reader.GetInt32(0)));
        return count;
    }

    /// <summary>Runs every query added, on the context's connection and transaction.</summary>
    public async Task RunAsync(CancellationToken ct = default)
    {
        var commands = reads.Select(r => r.Query.CreateDbCommand()).ToList();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (db.Database.GetDbConnection() is NpgsqlConnection connection)
            {
                await using var batch = new NpgsqlBatch(connection) { Transaction = (NpgsqlTransaction?)transaction };
                foreach (var command in commands)
                {
                    var item = new NpgsqlBatchCommand(command.CommandText);
                    item.Parameters.AddRange(command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray());
                    batch.BatchCommands.Add(item);
                }
                await using var reader = await batch.ExecuteReaderAsync(ct);
                foreach (var (_, read) in reads)
                {
                    while (await reader.ReadAsync(ct))
                    {
                        read(reader);
                    }
                    await reader.NextResultAsync(ct);
                }
                return;
            }
            for (var i = 0; i < commands.Count; i++)
            {
                commands[i].Transaction = transaction;
                await using var reader = await commands[i].ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    reads[i].Read(reader);
                }
            }
        }
        finally
        {
            foreach (var command in commands)
            {
                await command.DisposeAsync();
            }
            await db.Database.CloseConnectionAsync();
        }
    }
}
