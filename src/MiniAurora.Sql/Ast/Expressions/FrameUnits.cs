using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

public enum FrameUnits
{
    Rows,
    Range,
}
