using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>TRIM([LEADING|TRAILING|BOTH] [remove] FROM source)</c> or <c>TRIM(source)</c>.</summary>
public sealed record TrimExpression(TrimMode Mode, Expression? Remove, Expression Source) : Expression;
