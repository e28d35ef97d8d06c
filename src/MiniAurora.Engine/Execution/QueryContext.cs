using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;
using MiniAurora.Storage;
using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Execution;

/// <summary>
/// What operators need while one statement runs: the transaction, the catalog snapshot taken at the
/// statement's start, the evaluation context (row slot, parameters, warnings) and the session.
/// </summary>
internal sealed class QueryContext
{
    public QueryContext(Session session, IStorageTransaction? transaction, CatalogSnapshot catalog, EvaluationContext eval)
    {
        Session = session;
        _transaction = transaction;
        Catalog = catalog;
        Eval = eval;
    }

    public Session Session { get; }

    private readonly IStorageTransaction? _transaction;

    /// <summary>The statement's transaction (control statements run without one).</summary>
    public IStorageTransaction Transaction => _transaction ?? throw new InvalidOperationException("statement has no transaction");

    public CatalogSnapshot Catalog { get; }

    public EvaluationContext Eval { get; }

    public IStorageEngine Storage => Session.Engine.Storage;

    /// <summary>Lock mode for reads of this statement (FOR UPDATE / FOR SHARE, and the scan of UPDATE/DELETE).</summary>
    public RowLockMode LockMode { get; set; }

    public CancellationToken CancellationToken { get; set; }

    public void CheckKilled()
    {
        if (Session.IsQueryKilled)
        {
            throw Core.Errors.MySqlErrors.QueryInterrupted();
        }
    }

    public static SqlValue[] EmptyRow { get; } = [];

    /// <summary>Results of uncorrelated subqueries, computed once per statement execution.</summary>
    public Dictionary<object, List<SqlValue[]>> SubqueryCache => _subqueryCache ??= new(ReferenceEqualityComparer.Instance);

    private Dictionary<object, List<SqlValue[]>>? _subqueryCache;
}
