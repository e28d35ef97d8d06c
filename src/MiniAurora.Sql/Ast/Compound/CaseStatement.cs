using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary>CASE statement (both forms); Else null when absent (then no match raises 1339).</summary>
public sealed record CaseStatement(Expression? Operand, SqlList<ConditionalBranch> Whens, SqlList<Statement>? Else) : Statement;
