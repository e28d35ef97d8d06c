using MiniAurora.Core.Results;
using MiniAurora.Engine.Execution;

namespace MiniAurora.Engine.Statements;

/// <summary>
/// A statement ready to run: parsed, bound and planned once, executed many times (text plan cache and
/// prepared statements). Immutable and shareable between sessions; per-execution state lives in operators.
/// </summary>
internal abstract class CompiledStatement
{
    protected CompiledStatement(long catalogVersion, int parameterCount, IReadOnlyList<ResultColumn> columns)
    {
        CatalogVersion = catalogVersion;
        ParameterCount = parameterCount;
        Columns = columns;
    }

    public long CatalogVersion { get; }

    public int ParameterCount { get; }

    /// <summary>Result-set metadata (empty for statements that answer OK).</summary>
    public IReadOnlyList<ResultColumn> Columns { get; }

    public virtual StatementClass Class => StatementClass.Data;

    /// <summary>Whether the shared plan cache may keep it (depends on nothing but catalog version and current database).</summary>
    public virtual bool Cacheable => false;

    /// <summary>False for SHOW WARNINGS/ERRORS and friends, which must see the previous statement's diagnostics.</summary>
    public virtual bool ClearsWarnings => true;

    /// <summary>
    /// Runs the statement. A statement that produces rows writes its whole result set to the sink and
    /// returns null; otherwise it returns the OK to send, which the session writes after committing.
    /// </summary>
    public abstract ValueTask<OkResult?> ExecuteAsync(QueryContext ctx, IResultSink sink, bool moreResults, CancellationToken ct);
}
