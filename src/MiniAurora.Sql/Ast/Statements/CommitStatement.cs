using MiniAurora.Sql.Ast.Ddl;
using MiniAurora.Sql.Ast.Expressions;
using MiniAurora.Sql.Ast.Query;

namespace MiniAurora.Sql.Ast.Statements;

/// <summary>COMMIT [WORK] [AND [NO] CHAIN] [[NO] RELEASE].</summary>
public sealed record CommitStatement : Statement
{
    public bool Chain { get; init; }

    public bool Release { get; init; }
}
