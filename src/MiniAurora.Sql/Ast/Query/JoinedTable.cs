using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

/// <summary>An explicit join; at most one of <see cref="On"/> and <see cref="Using"/> is set.</summary>
public sealed record JoinedTable(JoinKind Kind, TableReference Left, TableReference Right, Expression? On, SqlList<string> Using) : TableReference;
