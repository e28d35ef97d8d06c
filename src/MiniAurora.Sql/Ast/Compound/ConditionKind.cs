using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Compound;

public enum ConditionKind
{
    SqlState,
    ErrorCode,
    SqlWarning,
    NotFound,
    SqlException,
    /// <summary>A condition declared with DECLARE … CONDITION.</summary>
    Named,
}
