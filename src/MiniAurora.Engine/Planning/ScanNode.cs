using System.Globalization;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Execution.Operators;
using MiniAurora.Storage;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Planning;

internal sealed class ScanNode : PlanNode
{
    public ScanNode(TableDef table, string alias, AccessPath path, ScanDirection direction = ScanDirection.Forward)
    {
        Table = table;
        Alias = alias;
        Path = path;
        Direction = direction;
    }

    public TableDef Table { get; }

    public string Alias { get; }

    public AccessPath Path { get; }

    public ScanDirection Direction { get; }

    public override int Width => Table.Columns.Count;

    public override Operator Open(QueryContext ctx) => new TableScanOperator(ctx, Table, Path, Direction);

    public override void Explain(List<ExplainRow> rows)
    {
        var keys = Table.Indexes.Count == 0 ? null : string.Join(",", Table.Indexes.Select(i => i.Name));
        string? key = Path.IsFullScan ? (Path.Index is not null && !Path.Index.IsPrimary ? Path.Index.Name : null) : Path.Index?.Name;
        string? keyLen = key is null ? null : Path.Index!.Parts.Sum(p => KeyLength(Table.Columns[p.ColumnOrdinal])).ToString(CultureInfo.InvariantCulture);
        string type = Path.ExplainType;
        string? reference = type is "const" or "ref" or "eq_ref" ? string.Join(",", Path.Equalities.Select(e => e.IsConstant ? "const" : "func")) : null;
        long estimate = Path.IsUniquePoint ? 1 : Path.IsFullScan ? 1000 : 100;
        string? extra = type == "range" ? "Using where" : null;
        rows.Add(new ExplainRow(Alias, type, keys, key, keyLen, reference, estimate, extra));
    }

    private static int KeyLength(ColumnDef column)
    {
        var t = column.Type;
        int len = t.Kind switch
        {
            Core.Values.SqlTypeKind.TinyInt => 1,
            Core.Values.SqlTypeKind.SmallInt => 2,
            Core.Values.SqlTypeKind.MediumInt => 3,
            Core.Values.SqlTypeKind.Int => 4,
            Core.Values.SqlTypeKind.BigInt => 8,
            Core.Values.SqlTypeKind.Date => 3,
            Core.Values.SqlTypeKind.DateTime => 5,
            Core.Values.SqlTypeKind.Timestamp => 4,
            Core.Values.SqlTypeKind.Char => t.Length * t.EffectiveCollation.MaxBytesPerChar,
            Core.Values.SqlTypeKind.VarChar => (t.Length * t.EffectiveCollation.MaxBytesPerChar) + 2,
            _ => 8,
        };
        return len + (column.Nullable ? 1 : 0);
    }
}
