using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

public sealed record LockTablesStatement(SqlList<TableLock> Tables) : Statement;
