namespace MiniAurora.Engine.Expressions;

internal enum BitwiseOperator
{
    And,
    Or,
    Xor,
    ShiftLeft,
    ShiftRight,
    Not,
}
