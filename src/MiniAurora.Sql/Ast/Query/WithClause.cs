using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

public sealed record WithClause(bool Recursive, SqlList<CommonTableExpression> Tables);
