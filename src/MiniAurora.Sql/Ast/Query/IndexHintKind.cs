using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

public enum IndexHintKind
{
    Use,
    Ignore,
    Force,
}
