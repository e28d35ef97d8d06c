using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>DECLARE name CURSOR FOR select</c>.</summary>
public sealed record DeclareCursorStatement(string Name, QueryExpression Query) : Statement;
