using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary><c>EXTRACT(unit FROM source)</c>.</summary>
public sealed record ExtractExpression(TimeUnit Unit, Expression Source) : Expression;
