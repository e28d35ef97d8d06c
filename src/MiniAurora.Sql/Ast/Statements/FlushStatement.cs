using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary><c>FLUSH [LOCAL|NO_WRITE_TO_BINLOG] option, …</c>; options as upper-case text (e.g. "TABLES", "PRIVILEGES", "TABLES t1, t2").</summary>
public sealed record FlushStatement(SqlList<string> Options) : Statement;
