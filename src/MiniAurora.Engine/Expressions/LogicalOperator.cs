namespace MiniAurora.Engine.Expressions;

internal enum LogicalOperator
{
    And,
    Or,
    Xor,
}
