using MiniAurora.Core.Results;
using MiniAurora.Engine.Execution;
using MiniAurora.Sql.Ast;

namespace MiniAurora.Engine.Statements;

/// <summary>
/// A statement executed straight from its AST each time (SET, SHOW, DDL, transaction control, USE, KILL...):
/// these are cheap to interpret and depend on session state, so they are never cached.
/// </summary>
internal sealed class UtilityStatement : CompiledStatement
{
    private readonly Func<QueryContext, IResultSink, bool, CancellationToken, ValueTask<OkResult?>> _run;

    public UtilityStatement(Statement ast, long catalogVersion, int parameterCount, IReadOnlyList<ResultColumn> columns, bool clearsWarnings, StatementClass statementClass,
        Func<QueryContext, IResultSink, bool, CancellationToken, ValueTask<OkResult?>> run)
        : base(catalogVersion, parameterCount, columns)
    {
        Ast = ast;
        _run = run;
        ClearsWarnings = clearsWarnings;
        Class = statementClass;
    }

    public Statement Ast { get; }

    public override bool ClearsWarnings { get; }

    public override StatementClass Class { get; }

    public override ValueTask<OkResult?> ExecuteAsync(QueryContext ctx, IResultSink sink, bool moreResults, CancellationToken ct) => _run(ctx, sink, moreResults, ct);
}
