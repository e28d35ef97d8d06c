using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>CREATE [OR REPLACE] VIEW and ALTER VIEW (<see cref="IsAlter"/>).</summary>
/// <param name="QueryText">The SELECT's source text, as stored for the view definition.</param>
public sealed record CreateViewStatement(ObjectName Name, SqlList<string> Columns, QueryExpression Query, string QueryText) : Statement
{
    public bool OrReplace { get; init; }

    public bool IsAlter { get; init; }

    public string? Algorithm { get; init; }

    public Definer? Definer { get; init; }

    /// <summary>SQL SECURITY DEFINER (true) / INVOKER (false); null when not written.</summary>
    public bool? SecurityDefiner { get; init; }

    public ViewCheckOption CheckOption { get; init; }
}
