using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>The DEFAULT keyword as a value (INSERT VALUES, UPDATE SET, SET var = DEFAULT).</summary>
public sealed record DefaultValue : Expression
{
    public static DefaultValue Instance { get; } = new();
}
