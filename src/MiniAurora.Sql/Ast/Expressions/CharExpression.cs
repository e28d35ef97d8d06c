using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>CHAR(args [USING charset])</c>.</summary>
public sealed record CharExpression(SqlList<Expression> Arguments, string? Charset) : Expression;
