using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

public enum TrimMode
{
    Both,
    Leading,
    Trailing,
    /// <summary>TRIM(x) / TRIM(r FROM x) with no direction written (behaves as BOTH).</summary>
    Default,
}
