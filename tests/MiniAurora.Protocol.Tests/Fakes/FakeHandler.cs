using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;

namespace MiniAurora.Protocol.Tests.Fakes;

/// <summary>A scripted stand-in for the engine: a handful of queries with known results.</summary>
internal sealed class FakeHandler(ProtocolSession session) : IProtocolHandler, IStatementStatus
{
    private readonly Dictionary<uint, string> _prepared = [];
    private uint _nextStatementId = 1;

    public ProtocolSession Session { get; } = session;

    public IStatementStatus Status => this;

    public TimeSpan WaitTimeout { get; set; } = TimeSpan.FromHours(8);

    public bool InTransaction { get; private set; }

    public bool Autocommit => true;

    public int WarningCount { get; private set; }

    public string? ChangedSchema { get; private set; }

    public string? Database { get; private set; } = session.Database;

    public List<string> Queries { get; } = [];

    public List<SqlValue[]> Executions { get; } = [];

    public bool Disposed { get; private set; }

    private static readonly ResultColumn[] s_tableColumns =
        [new("c", new ColumnType(SqlTypeKind.Char, Length: 120, Collation: Collation.Default), ColumnFlags.NotNull, "sbtest1", "sbtest1", "sbtest")];

    public static readonly ResultColumn[] AllTypesColumns =
    [
        new("i", ColumnType.Int, ColumnFlags.NotNull),
        new("bi", ColumnType.BigInt),
        new("ubi", ColumnType.BigIntUnsigned),
        new("ti", new ColumnType(SqlTypeKind.TinyInt, Length: 4)),
        new("si", new ColumnType(SqlTypeKind.SmallInt)),
        new("d", ColumnType.Double),
        new("f", new ColumnType(SqlTypeKind.Float, Length: 12, Scale: 31)),
        new("dec", ColumnType.Decimal(10, 2)),
        new("vc", ColumnType.VarChar(20)),
        new("ch", new ColumnType(SqlTypeKind.Char, Length: 10, Collation: Collation.Default)),
        new("txt", new ColumnType(SqlTypeKind.Text, Collation: Collation.Default)),
        new("vb", new ColumnType(SqlTypeKind.VarBinary, Length: 10, Collation: Collation.Binary)),
        new("bl", ColumnType.LongBlob),
        new("dt", new ColumnType(SqlTypeKind.Date)),
        new("dtm", new ColumnType(SqlTypeKind.DateTime, Scale: 6)),
        new("ts", new ColumnType(SqlTypeKind.Timestamp)),
        new("tm", new ColumnType(SqlTypeKind.Time)),
        new("yr", new ColumnType(SqlTypeKind.Year)),
        new("js", ColumnType.Json),
        new("nul", ColumnType.NullType),
    ];

    public static readonly SqlValue[] AllTypesRow =
    [
        SqlValue.FromInt(-7),
        SqlValue.FromInt(long.MinValue),
        SqlValue.FromUInt(ulong.MaxValue),
        SqlValue.FromInt(-128),
        SqlValue.FromInt(32767),
        SqlValue.FromDouble(0.1 + 0.2),
        SqlValue.FromDouble(1.5),
        SqlValue.FromDecimal(1234.5m),
        SqlValue.FromString("héllo wörld"),
        SqlValue.FromString("abc"),
        SqlValue.FromString("long text ✓"),
        SqlValue.FromBytes([0, 1, 2, 255]),
        SqlValue.FromBytes([9, 8, 7]),
        SqlValue.FromDate(new MySqlDateTime(2024, 2, 29)),
        SqlValue.FromDateTime(new MySqlDateTime(2024, 12, 31, 23, 59, 58, 123456)),
        SqlValue.FromDateTime(new MySqlDateTime(2001, 1, 2, 3, 4, 5)),
        SqlValue.FromTime(-((1L * 3600) + (2 * 60) + 3) * 1_000_000),
        SqlValue.FromInt(2025),
        SqlValue.FromJson("{\"a\": 1}"),
        SqlValue.Null,
    ];

    public async ValueTask QueryAsync(string sql, bool multiStatements, IResultSink sink, CancellationToken cancellationToken)
    {
        Queries.Add(sql);
        var statements = multiStatements ? sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [sql.Trim().TrimEnd(';')];
        for (int i = 0; i < statements.Length; i++)
        {
            await RunAsync(statements[i], i < statements.Length - 1, sink, cancellationToken);
        }
    }

    private async ValueTask RunAsync(string sql, bool more, IResultSink sink, CancellationToken cancellationToken)
    {
        ChangedSchema = null;
        WarningCount = 0;
        string upper = sql.ToUpperInvariant();
        if (upper == "SELECT 1+1")
        {
            sink.StartResultSet([new ResultColumn("1+1", ColumnType.BigInt, ColumnFlags.NotNull)]);
            sink.WriteRow([SqlValue.FromInt(2)]);
            await sink.EndResultSetAsync(more, cancellationToken);
        }
        else if (upper == "SELECT ALLTYPES")
        {
            sink.StartResultSet(AllTypesColumns);
            sink.WriteRow(AllTypesRow);
            await sink.EndResultSetAsync(more, cancellationToken);
        }
        else if (upper.StartsWith("SELECT MANY ", StringComparison.Ordinal))
        {
            int count = int.Parse(sql[12..], System.Globalization.CultureInfo.InvariantCulture);
            sink.StartResultSet([new ResultColumn("n", ColumnType.Int), new ResultColumn("s", ColumnType.VarChar(100))]);
            for (int i = 0; i < count; i++)
            {
                sink.WriteRow([SqlValue.FromInt(i), SqlValue.FromString("row number " + i)]);
                await sink.FlushIfFullAsync(cancellationToken);
            }
            await sink.EndResultSetAsync(more, cancellationToken);
        }
        else if (upper.StartsWith("SELECT BIG ", StringComparison.Ordinal))
        {
            int size = int.Parse(sql[11..], System.Globalization.CultureInfo.InvariantCulture);
            sink.StartResultSet([new ResultColumn("b", ColumnType.LongText)]);
            sink.WriteRow([SqlValue.FromString(new string('x', size))]);
            await sink.EndResultSetAsync(more, cancellationToken);
        }
        else if (upper.StartsWith("SELECT LENGTH ", StringComparison.Ordinal))
        {
            sink.StartResultSet([new ResultColumn("len", ColumnType.BigInt)]);
            sink.WriteRow([SqlValue.FromInt(sql.Length - 14)]);
            await sink.EndResultSetAsync(more, cancellationToken);
        }
        else if (upper == "SELECT DATABASE()")
        {
            sink.StartResultSet([new ResultColumn("DATABASE()", ColumnType.VarChar(64))]);
            sink.WriteRow([SqlValue.FromString(Database)]);
            await sink.EndResultSetAsync(more, cancellationToken);
        }
        else if (upper == "SELECT USER()")
        {
            sink.StartResultSet([new ResultColumn("USER()", ColumnType.VarChar(64))]);
            sink.WriteRow([SqlValue.FromString(Session.User + "@" + Session.ClientHost)]);
            await sink.EndResultSetAsync(more, cancellationToken);
        }
        else if (upper == "ERROR")
        {
            throw MySqlErrors.ParseError("You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use", "ERROR", 1);
        }
        else if (upper == "CRASH")
        {
            throw new InvalidOperationException("boom");
        }
        else if (upper == "ERROR MIDWAY")
        {
            sink.StartResultSet([new ResultColumn("n", ColumnType.Int)]);
            sink.WriteRow([SqlValue.FromInt(1)]);
            throw MySqlErrors.UnknownError();
        }
        else if (upper == "BEGIN")
        {
            InTransaction = true;
            await sink.WriteOkAsync(new OkResult(), more, cancellationToken);
        }
        else if (upper == "COMMIT")
        {
            InTransaction = false;
            await sink.WriteOkAsync(new OkResult(), more, cancellationToken);
        }
        else if (upper.StartsWith("INSERT", StringComparison.Ordinal))
        {
            WarningCount = 1;
            await sink.WriteOkAsync(new OkResult(3, 42, "Records: 3  Duplicates: 0  Warnings: 1"), more, cancellationToken);
        }
        else if (upper.StartsWith("USE ", StringComparison.Ordinal))
        {
            Database = sql[4..].Trim();
            ChangedSchema = Database;
            await sink.WriteOkAsync(new OkResult(), more, cancellationToken);
        }
        else
        {
            await sink.WriteOkAsync(new OkResult(), more, cancellationToken);
        }
    }

    public ValueTask InitDbAsync(string database, CancellationToken cancellationToken)
    {
        if (database == "nosuchdb")
        {
            throw MySqlErrors.BadDbError(database);
        }
        Database = database;
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<ResultColumn>> FieldListAsync(string table, string wildcard, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ResultColumn>>([new ResultColumn("id", ColumnType.Int, Table: table, OrgTable: table)]);

    public ValueTask<string> StatisticsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult("Uptime: 1  Threads: 1  Questions: 1  Slow queries: 0  Opens: 0  Flush tables: 1  Open tables: 0  Queries per second avg: 1.000");

    public ValueTask KillAsync(uint connectionId, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ResetConnectionAsync(CancellationToken cancellationToken)
    {
        InTransaction = false;
        _prepared.Clear();
        return ValueTask.CompletedTask;
    }

    public ValueTask<PreparedStatementInfo> PrepareAsync(string sql, CancellationToken cancellationToken)
    {
        if (sql.Trim().Equals("ERROR", StringComparison.OrdinalIgnoreCase))
        {
            throw MySqlErrors.ParseError("You have an error in your SQL syntax", "ERROR", 1);
        }
        uint id = _nextStatementId++;
        _prepared[id] = sql;
        int parameters = sql.Count(c => c == '?');
        IReadOnlyList<ResultColumn> columns = sql.Trim().Equals("SELECT ALLTYPES", StringComparison.OrdinalIgnoreCase) ? AllTypesColumns
            : sql.StartsWith("SELECT ?", StringComparison.OrdinalIgnoreCase) ? Enumerable.Range(0, parameters).Select(i => new ResultColumn("p" + i, ColumnType.LongText)).ToArray()
            : sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) ? s_tableColumns
            : [];
        return ValueTask.FromResult(PreparedStatementInfo.Create(id, parameters, columns));
    }

    public async ValueTask ExecuteAsync(uint statementId, ReadOnlyMemory<SqlValue> parameters, IResultSink sink, CancellationToken cancellationToken)
    {
        Executions.Add(parameters.ToArray());
        string sql = _prepared[statementId];
        if (sql.Trim().Equals("SELECT ALLTYPES", StringComparison.OrdinalIgnoreCase))
        {
            sink.StartResultSet(AllTypesColumns);
            sink.WriteRow(AllTypesRow);
            await sink.EndResultSetAsync(false, cancellationToken);
            return;
        }
        if (!sql.StartsWith("SELECT ?", StringComparison.OrdinalIgnoreCase) && sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            // Any other SELECT (sysbench's) reads two rows of a CHAR(120) column.
            sink.StartResultSet(s_tableColumns);
            sink.WriteRow([SqlValue.FromString("68487932199-96439406143-93774651418-41631865787-96406072701-20604855487")]);
            sink.WriteRow([SqlValue.FromString("13241531885-45658403807-79170748828-69419634012-13605813761-77983377181")]);
            await sink.EndResultSetAsync(false, cancellationToken);
            return;
        }
        if (!sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            await sink.WriteOkAsync(new OkResult(1, 0), false, cancellationToken);
            return;
        }
        // Echo the parameters back, each in a column typed after its value.
        var columns = new ResultColumn[parameters.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = new ResultColumn("p" + i, TypeOf(parameters.Span[i]));
        }
        sink.StartResultSet(columns);
        sink.WriteRow(parameters.Span);
        await sink.EndResultSetAsync(false, cancellationToken);
    }

    private static ColumnType TypeOf(SqlValue value) => value.Kind switch
    {
        SqlValueKind.Int => ColumnType.BigInt,
        SqlValueKind.UInt => ColumnType.BigIntUnsigned,
        SqlValueKind.Double => ColumnType.Double,
        SqlValueKind.Decimal => ColumnType.Decimal(30, 4),
        SqlValueKind.Bytes => ColumnType.LongBlob,
        SqlValueKind.Date => new ColumnType(SqlTypeKind.Date),
        SqlValueKind.DateTime => new ColumnType(SqlTypeKind.DateTime, Scale: 6),
        SqlValueKind.Time => new ColumnType(SqlTypeKind.Time, Scale: 6),
        SqlValueKind.Null => ColumnType.NullType,
        _ => ColumnType.LongText,
    };

    public void CloseStatement(uint statementId) => _prepared.Remove(statementId);

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
