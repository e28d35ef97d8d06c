using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>CALL name[(args)]</c>.</summary>
public sealed record CallStatement(ObjectName Name, SqlList<Expression> Arguments) : Statement;
