using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>RENAME TABLE a TO b [, c TO d]</c>.</summary>
public sealed record RenameTableStatement(SqlList<RenamePair> Pairs) : Statement;
