using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary>A condition and the statements it guards (IF/ELSEIF arms, CASE WHEN arms).</summary>
public sealed record ConditionalBranch(Expression Condition, SqlList<Statement> Statements);
