using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

public enum IndexKind
{
    Index,
    Unique,
    Primary,
    Fulltext,
    Spatial,
}
