using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>A window specification; <c>OVER w</c> is a spec with only <see cref="BaseName"/>.</summary>
public sealed record WindowSpec(string? BaseName, SqlList<Expression> PartitionBy, SqlList<OrderItem> OrderBy, WindowFrame? Frame)
{
    public static WindowSpec Named(string name) => new(name, SqlList<Expression>.Empty, SqlList<OrderItem>.Empty, null);
}
