using System.Runtime.CompilerServices;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Sql.Ast.Query;
using MiniAurora.Sql.Ast.Statements;
using MiniAurora.Sql.Parsing;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Catalog;

/// <summary>
/// Engine-side facts derived once per <see cref="TableDef"/> version: result-column flags and the
/// columns' DEFAULT values (parsed from their SQL text and bound once).
/// </summary>
internal sealed class TableInfo
{
    private static readonly ConditionalWeakTable<TableDef, TableInfo> s_cache = new();

    private TableInfo(TableDef table)
    {
        Table = table;
        Flags = new ColumnFlags[table.Columns.Count];
        Defaults = new BoundExpression?[table.Columns.Count];
        for (int i = 0; i < table.Columns.Count; i++)
        {
            var c = table.Columns[i];
            var f = ColumnFlags.None;
            if (!c.Nullable)
            {
                f |= ColumnFlags.NotNull;
            }
            if (c.Type.Unsigned)
            {
                f |= ColumnFlags.Unsigned;
            }
            if (c.Type.ZeroFill)
            {
                f |= ColumnFlags.ZeroFill;
            }
            if (c.Type.IsNumeric || c.Type.IsTemporal || c.Type.IsBinary)
            {
                f |= ColumnFlags.Binary;
            }
            if (c.Type.IsBlobLike)
            {
                f |= ColumnFlags.Blob;
            }
            if (c.Type.Kind == SqlTypeKind.Enum)
            {
                f |= ColumnFlags.Enum;
            }
            if (c.Type.Kind == SqlTypeKind.Set)
            {
                f |= ColumnFlags.Set;
            }
            if (c.Type.Kind == SqlTypeKind.Timestamp)
            {
                f |= ColumnFlags.Timestamp;
            }
            if (c.AutoIncrement)
            {
                f |= ColumnFlags.AutoIncrement;
            }
            if (c.OnUpdateCurrentTimestamp)
            {
                f |= ColumnFlags.OnUpdateNow;
            }
            if (c.DefaultSql is null && !c.AutoIncrement && !c.Nullable)
            {
                f |= ColumnFlags.NoDefaultValue;
            }
            Flags[i] = f;
            Defaults[i] = ParseDefault(c);
        }
        foreach (var index in table.Indexes)
        {
            for (int p = 0; p < index.Parts.Count; p++)
            {
                int ord = index.Parts[p].ColumnOrdinal;
                if (index.IsPrimary)
                {
                    Flags[ord] |= ColumnFlags.PrimaryKey;
                }
                else if (p == 0)
                {
                    Flags[ord] |= index.IsUnique && index.Parts.Count == 1 ? ColumnFlags.UniqueKey : ColumnFlags.MultipleKey;
                }
            }
        }
    }

    public TableDef Table { get; }

    public ColumnFlags[] Flags { get; }

    /// <summary>Bound DEFAULT expressions; null when the column has no DEFAULT clause.</summary>
    public BoundExpression?[] Defaults { get; }

    public static TableInfo Of(TableDef table) => s_cache.GetValue(table, t => new TableInfo(t));

    private static BoundExpression? ParseDefault(ColumnDef column)
    {
        if (column.DefaultSql is null)
        {
            return null;
        }
        try
        {
            var statement = SqlParser.Parse("SELECT " + column.DefaultSql);
            if (statement is SelectStatement { Query: SelectQuery q } && q.Items.Count == 1 && q.Items[0] is ExpressionItem item)
            {
                var binder = new Binding.Binder(null, null, null, "SELECT " + column.DefaultSql);
                return binder.Bind(item.Expression, null, "DEFAULT");
            }
        }
        catch (Core.Errors.MiniAuroraException)
        {
        }
        return BoundLiteral.Null;
    }
}
