using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>A bare time unit argument (TIMESTAMPDIFF(unit, a, b), TIMESTAMPADD(unit, n, d)).</summary>
public sealed record TimeUnitExpression(TimeUnit Unit) : Expression;
