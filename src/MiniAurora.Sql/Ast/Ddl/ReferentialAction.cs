using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

public enum ReferentialAction
{
    Unspecified,
    Restrict,
    Cascade,
    SetNull,
    NoAction,
    SetDefault,
}
