using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>ROLLBACK [WORK]; with <see cref="Savepoint"/> it is ROLLBACK TO [SAVEPOINT] name.</summary>
public sealed record RollbackStatement(string? Savepoint) : Statement
{
    public bool Chain { get; init; }

    public bool Release { get; init; }
}
