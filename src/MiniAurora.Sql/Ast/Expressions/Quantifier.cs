using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

public enum Quantifier
{
    /// <summary>ANY or SOME.</summary>
    Any,
    All,
}
