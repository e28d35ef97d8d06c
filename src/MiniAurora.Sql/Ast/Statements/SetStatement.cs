using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>SET a = 1, @@session.b = 2, @c := 3</c>.</summary>
public sealed record SetStatement(SqlList<SetAssignment> Assignments) : Statement;
