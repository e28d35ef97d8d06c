namespace MiniAurora.Engine.Expressions;

internal enum SubqueryKind
{
    Scalar,
    Exists,
    In,
}
