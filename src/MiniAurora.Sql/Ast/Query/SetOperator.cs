using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

public enum SetOperator
{
    Union,
    Intersect,
    Except,
}
