using MiniAurora.Core.Values;
using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

public sealed record TableOptionsAction(SqlList<TableOption> Options) : AlterTableAction;
