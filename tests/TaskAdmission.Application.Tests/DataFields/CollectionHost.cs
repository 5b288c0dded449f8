using TaskAdmission.Application.Persistence;
using TaskAdmission.Application.Tests.Burden;

namespace TaskAdmission.Application.Tests.DataFields;

/// <summary>A host of its own for the collect-once tests (their work must not meet the ledger property's).</summary>
public sealed class SqliteCollectionHost() : BurdenLedgerHost(DatabaseProvider.Sqlite);

public sealed class PostgresCollectionHost() : BurdenLedgerHost(DatabaseProvider.Postgres);
