using MiniAurora.Core.Errors;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Binding;

/// <summary>The FROM sources of one query block; column references resolve against it, then against <see cref="Outer"/>.</summary>
internal sealed class Scope
{
    public Scope(Scope? outer)
    {
        Outer = outer;
    }

    public Scope? Outer { get; }

    public List<BoundSource> Sources { get; } = [];

    public int Width => Sources.Count == 0 ? 0 : Sources[^1].Offset + Sources[^1].Columns.Count;

    public BoundSource Add(string alias, string schema, Storage.Catalog.TableDef? table, IReadOnlyList<SourceColumn> columns)
    {
        foreach (var s in Sources)
        {
            if (string.Equals(s.Alias, alias, StringComparison.Ordinal) && string.Equals(s.Schema, schema, StringComparison.Ordinal))
            {
                throw MySqlErrors.NonuniqTable(alias);
            }
        }
        var source = new BoundSource(alias, schema, table, columns, Width);
        Sources.Add(source);
        return source;
    }

    /// <summary>Finds a column; returns null when absent; throws 1052 when ambiguous.</summary>
    public BoundColumnRef? TryResolve(string? schema, string? table, string column, string clause)
    {
        BoundColumnRef? found = null;
        foreach (var s in Sources)
        {
            if (table is not null && !string.Equals(s.Alias, table, StringComparison.Ordinal))
            {
                continue;
            }
            if (table is null && s.QualifiedOnly)
            {
                continue;
            }
            if (schema is not null && !string.Equals(s.Schema, schema, StringComparison.Ordinal))
            {
                continue;
            }
            for (int i = 0; i < s.Columns.Count; i++)
            {
                var c = s.Columns[i];
                if (!string.Equals(c.Name, column, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                if (found is not null)
                {
                    if (table is null && (s.CoalescedColumns.Contains(column)))
                    {
                        break;
                    }
                    throw MySqlErrors.NonUniqError(column, clause);
                }
                found = new BoundColumnRef(s.Offset + i, c.Type, c.Nullable || s.OuterNullable, c.Origin);
                break;
            }
        }
        return found;
    }
}
