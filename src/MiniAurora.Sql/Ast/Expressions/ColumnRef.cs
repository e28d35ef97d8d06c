using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>A column reference, possibly qualified (<c>c</c>, <c>t.c</c>, <c>db.t.c</c>). Also used for bare words the binder resolves (aliases, SET values like ON).</summary>
public sealed record ColumnRef(string? Schema, string? Table, string Column) : Expression
{
    public ColumnRef(string column)
        : this(null, null, column)
    {
    }
}
