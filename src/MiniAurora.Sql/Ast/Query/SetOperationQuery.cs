using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary><c>left UNION|INTERSECT|EXCEPT [ALL|DISTINCT] right</c>.</summary>
public sealed record SetOperationQuery(SetOperator Operator, bool All, QueryExpression Left, QueryExpression Right) : QueryExpression;
