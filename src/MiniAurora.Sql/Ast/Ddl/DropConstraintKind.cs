using MiniAurora.Sql.Ast.Expressions;

namespace MiniAurora.Sql.Ast.Ddl;

public enum DropConstraintKind
{
    Index,
    PrimaryKey,
    ForeignKey,
    Check,
    /// <summary>DROP CONSTRAINT name (any kind).</summary>
    Constraint,
}
