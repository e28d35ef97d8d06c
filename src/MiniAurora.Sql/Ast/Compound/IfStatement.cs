using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

/// <summary><c>IF c THEN … [ELSEIF c THEN …] [ELSE …] END IF</c>; Else null when absent.</summary>
public sealed record IfStatement(SqlList<ConditionalBranch> Branches, SqlList<Statement>? Else) : Statement;
