using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Execution;

namespace MiniAurora.Engine.SystemTables;

/// <summary>A read-only table computed per statement from the catalog snapshot and the session (information_schema).</summary>
internal sealed record VirtualTable(string Name, IReadOnlyList<ResultColumn> Columns, Func<QueryContext, IReadOnlyList<SqlValue[]>> Rows)
{
    public static ResultColumn Text(string name, int length = 64, bool nullable = false) =>
        new(name, ColumnType.VarChar(length, Collation.Utf8mb3_general_ci), nullable ? ColumnFlags.None : ColumnFlags.NotNull);

    public static ResultColumn Number(string name, bool nullable = false) =>
        new(name, new ColumnType(SqlTypeKind.BigInt, Unsigned: true, Length: 21), (nullable ? ColumnFlags.None : ColumnFlags.NotNull) | ColumnFlags.Unsigned | ColumnFlags.Binary);

    public static ResultColumn Time(string name) =>
        new(name, new ColumnType(SqlTypeKind.DateTime, Length: 19), ColumnFlags.Binary);

    public static SqlValue S(string? s) => SqlValue.FromString(s);

    public static SqlValue N(long n) => SqlValue.FromUInt((ulong)Math.Max(n, 0));
}
