using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Binding;

/// <summary>One table-like entry of FROM with its alias and the offset of its columns in the joined row.</summary>
internal sealed class BoundSource
{
    public BoundSource(string alias, string schema, TableDef? table, IReadOnlyList<SourceColumn> columns, int offset)
    {
        Alias = alias;
        Schema = schema;
        Table = table;
        Columns = columns;
        Offset = offset;
    }

    public string Alias { get; }

    public string Schema { get; }

    /// <summary>The base table, or null for derived and virtual tables.</summary>
    public TableDef? Table { get; }

    public IReadOnlyList<SourceColumn> Columns { get; }

    public int Offset { get; }

    /// <summary>Only reachable with a table qualifier (the new-row values of ON DUPLICATE KEY UPDATE).</summary>
    public bool QualifiedOnly { get; set; }

    /// <summary>True on the inner side of a LEFT JOIN (its columns may be NULL).</summary>
    public bool OuterNullable { get; set; }

    /// <summary>USING/NATURAL join columns hidden from SELECT * on this side.</summary>
    public HashSet<string> CoalescedColumns { get; } = new(StringComparer.OrdinalIgnoreCase);
}
