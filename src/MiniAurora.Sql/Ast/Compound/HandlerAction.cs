using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public enum HandlerAction
{
    Continue,
    Exit,
    Undo,
}
