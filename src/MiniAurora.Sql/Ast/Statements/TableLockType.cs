using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

public enum TableLockType
{
    Read,
    ReadLocal,
    Write,
    LowPriorityWrite,
}
