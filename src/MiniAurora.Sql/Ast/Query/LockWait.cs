using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

public enum LockWait
{
    Wait,
    NoWait,
    SkipLocked,
}
