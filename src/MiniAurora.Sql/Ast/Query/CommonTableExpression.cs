using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

public sealed record CommonTableExpression(string Name, SqlList<string> Columns, QueryExpression Query);
