using MiniAurora.Core.Values;

namespace MiniAurora.Storage.Catalog;

/// <summary>
/// A base table: columns, indexes and constraints. Immutable; DDL produces a new record with the same
/// <see cref="Id"/> (the id is what the log and the row store key on, so RENAME is cheap).
/// Rows handed to and returned by storage have exactly <see cref="Columns"/>.Count values, in column order.
/// </summary>
/// <param name="Id">Storage-assigned id, unique for the lifetime of the data directory. Pass 0 in
/// <see cref="Changes.CreateTable"/>; storage assigns it.</param>
/// <param name="Schema">Database name.</param>
/// <param name="Name">Table name.</param>
/// <param name="Columns">Columns in declaration order.</param>
/// <param name="Indexes">Indexes; the primary key (if any) is named <c>PRIMARY</c>. Tables without one get a hidden row id.</param>
/// <param name="ForeignKeys">FOREIGN KEY constraints (the engine enforces them).</param>
/// <param name="Checks">CHECK constraints (the engine evaluates them).</param>
/// <param name="Options">ENGINE, charset/collation, comment, AUTO_INCREMENT start, row format.</param>
/// <param name="CreateTime">When the table was created (UTC, from the storage TimeProvider).</param>
public sealed record TableDef(
    long Id,
    string Schema,
    string Name,
    SqlList<ColumnDef> Columns,
    SqlList<IndexDef> Indexes,
    SqlList<ForeignKeyDef> ForeignKeys,
    SqlList<CheckConstraintDef> Checks,
    TableOptions Options,
    DateTime CreateTime)
{
    /// <summary>The primary key, or null when the table uses a hidden row id.</summary>
    public IndexDef? PrimaryKey
    {
        get
        {
            foreach (var index in Indexes)
            {
                if (index.IsPrimary)
                {
                    return index;
                }
            }
            return null;
        }
    }

    /// <summary>Ordinal of the AUTO_INCREMENT column, or -1.</summary>
    public int AutoIncrementOrdinal
    {
        get
        {
            for (int i = 0; i < Columns.Count; i++)
            {
                if (Columns[i].AutoIncrement)
                {
                    return i;
                }
            }
            return -1;
        }
    }

    /// <summary>Ordinal of a column by name (case-insensitive, as MySQL), or -1.</summary>
    public int FindColumn(string name)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>An index by name (case-insensitive), or null.</summary>
    public IndexDef? FindIndex(string name)
    {
        foreach (var index in Indexes)
        {
            if (string.Equals(index.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }
        return null;
    }
}
