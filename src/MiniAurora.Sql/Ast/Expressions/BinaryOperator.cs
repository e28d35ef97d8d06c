using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

public enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NullSafeEqual,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    BitOr,
    BitAnd,
    ShiftLeft,
    ShiftRight,
    Add,
    Subtract,
    Multiply,
    Divide,
    IntegerDivide,
    Modulo,
    BitXor,
    /// <summary><c>col->'$.path'</c> (JSON_EXTRACT).</summary>
    JsonExtract,
    /// <summary><c>col->>'$.path'</c> (JSON_UNQUOTE(JSON_EXTRACT())).</summary>
    JsonUnquoteExtract,
}
