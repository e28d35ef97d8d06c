using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>EXECUTE name [USING @a, @b]</c>.</summary>
public sealed record ExecuteStatement(string Name, SqlList<string> UsingVariables) : Statement;
