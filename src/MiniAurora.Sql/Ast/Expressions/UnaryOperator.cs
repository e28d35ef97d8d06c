using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

public enum UnaryOperator
{
    /// <summary>Unary minus.</summary>
    Negate,
    /// <summary>Unary plus (kept so formatting round-trips; semantically a no-op).</summary>
    Plus,
    BitNot,
    /// <summary>NOT and ! (! binds tighter, which the parser already resolved).</summary>
    Not,
    /// <summary>BINARY expr: cast to binary string.</summary>
    Binary,
}
