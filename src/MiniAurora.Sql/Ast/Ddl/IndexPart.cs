using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

/// <summary>A key part: <c>col[(len)] [ASC|DESC]</c> or a functional part <c>((expr)) [ASC|DESC]</c>.</summary>
public sealed record IndexPart(string? Column, int? PrefixLength, bool Descending)
{
    public Expression? Expression { get; init; }
}
