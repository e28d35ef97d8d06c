using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast.Statements;

namespace MiniAurora.Engine.Statements;

/// <summary>Writes materialized result sets (SHOW, DESCRIBE, EXPLAIN), applying SHOW's LIKE / WHERE filter.</summary>
internal static class ResultWriter
{
    public static async ValueTask<OkResult?> WriteAsync(QueryContext ctx, IResultSink sink, IReadOnlyList<ResultColumn> columns, IEnumerable<SqlValue[]> rows,
        bool moreResults, CancellationToken ct, ShowFilter? filter = null)
    {
        Func<SqlValue[], bool>? predicate = null;
        if (filter?.Like is string like)
        {
            predicate = row => !row[0].IsNull && LikeMatcher.Matches(ValueConversion.ToText(row[0]), like, '\\', Collation.Utf8mb4_0900_ai_ci);
        }
        else if (filter?.Where is not null)
        {
            var scope = new Scope(null);
            scope.Add("", "", null, columns.Select(c => new SourceColumn(c.Name, c.Type, true, null)).ToList());
            var binder = new Binder(ctx.Session.Engine, ctx.Catalog, ctx.Session.CurrentDatabase, "");
            var where = binder.Bind(filter.Where, scope, "where clause");
            predicate = row =>
            {
                ctx.Eval.Row = row;
                return ValueConversion.Truth(where.Evaluate(ctx.Eval), ctx.Eval) == 1;
            };
        }
        sink.StartResultSet(columns);
        foreach (var row in rows)
        {
            if (predicate is not null && !predicate(row))
            {
                continue;
            }
            for (int i = 0; i < row.Length && i < columns.Count; i++)
            {
                var expected = ValueCoercion.KindOf(columns[i].Type);
                if (!row[i].IsNull && row[i].Kind != expected && expected != SqlValueKind.Null)
                {
                    row[i] = ValueCoercion.To(row[i], columns[i].Type, null);
                }
            }
            sink.WriteRow(row);
        }
        await sink.EndResultSetAsync(moreResults, ct).ConfigureAwait(false);
        return null;
    }

    public static ResultColumn Text(string name, int length = 64, bool nullable = false) =>
        new(name, ColumnType.VarChar(length, Collation.Utf8mb3_general_ci), nullable ? ColumnFlags.None : ColumnFlags.NotNull);

    public static ResultColumn Number(string name, bool nullable = false) =>
        new(name, new ColumnType(SqlTypeKind.BigInt, Unsigned: true, Length: 21), (nullable ? ColumnFlags.None : ColumnFlags.NotNull) | ColumnFlags.Unsigned | ColumnFlags.Binary);

    public static ResultColumn SignedNumber(string name, bool nullable = false) =>
        new(name, new ColumnType(SqlTypeKind.BigInt, Length: 21), (nullable ? ColumnFlags.None : ColumnFlags.NotNull) | ColumnFlags.Binary);

    public static SqlValue S(string? s) => SqlValue.FromString(s);

    public static SqlValue N(long n) => SqlValue.FromUInt((ulong)Math.Max(0, n));
}
