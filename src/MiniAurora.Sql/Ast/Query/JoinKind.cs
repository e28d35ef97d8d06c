using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Query;

public enum JoinKind
{
    Inner,
    Cross,
    Left,
    Right,
    /// <summary>STRAIGHT_JOIN.</summary>
    Straight,
    NaturalInner,
    NaturalLeft,
    NaturalRight,
}
