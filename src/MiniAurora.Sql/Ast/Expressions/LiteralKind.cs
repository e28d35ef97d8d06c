using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Expressions;

/// <summary>How a literal was written; decides its SQL type (ARCHITECTURE: the binder types literals).</summary>
public enum LiteralKind
{
    Null,
    Boolean,
    Integer,
    Decimal,
    Float,
    String,
    /// <summary>X'..' or 0x..: a binary string that acts as a number in numeric context.</summary>
    Hex,
    /// <summary>b'..' or 0b..</summary>
    Bit,
    Date,
    Time,
    Timestamp,
}
