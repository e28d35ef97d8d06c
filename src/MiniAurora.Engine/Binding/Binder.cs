using MiniAurora.Core.Errors;


using MiniAurora.Storage.Catalog;

namespace MiniAurora.Engine.Binding;

/// <summary>
/// Resolves an AST against one catalog snapshot and the session's current database, producing bound
/// expressions and plans (the planner's access-path choice runs inside, see <c>Planning/AccessPathChooser</c>).
/// One instance per statement compilation; not thread-safe.
/// </summary>
internal sealed partial class Binder
{
    public Binder(EngineInstance? engine, CatalogSnapshot? catalog, string? database, string sqlText)
    {
        Engine = engine;
        _catalog = catalog;
        Database = database;
        SqlText = sqlText;
    }

    public EngineInstance? Engine { get; }

    public CatalogSnapshot Catalog => _catalog ?? throw new InvalidOperationException("no catalog");

    private readonly CatalogSnapshot? _catalog;

    public string? Database { get; }

    public string SqlText { get; }

    /// <summary>Number of '?' placeholders seen.</summary>
    public int ParameterCount { get; private set; }

    /// <summary>
    /// Inside a stored program: maps a local variable or parameter name to the hidden user variable that holds it
    /// (null when the name is not a local). Locals win over columns, as in MySQL.
    /// </summary>
    public Func<string, string?>? LocalResolver { get; set; }

    public string RequireDatabase(string? schema)
    {
        var db = schema ?? Database;
        if (db is null)
        {
            throw MySqlErrors.NoDbError();
        }
        return db;
    }

    public TableDef GetTable(string? schema, string name)
    {
        var db = RequireDatabase(schema);
        if (!Catalog.TryGetTable(db, name, out var table))
        {
            if (!Catalog.TryGetDatabase(db, out _) && schema is not null && !string.Equals(db, "information_schema", StringComparison.OrdinalIgnoreCase))
            {
                throw MySqlErrors.NoSuchTable(db, name);
            }
            throw MySqlErrors.NoSuchTable(db, name);
        }
        return table;
    }

    /// <summary>The source text of a node (MySQL names result columns by it), or null when unknown.</summary>
    public string? TextOf(Sql.Ast.SqlNode node)
    {
        var span = node.Span;
        if (span.Length > 0 && span.Start >= 0 && span.End <= SqlText.Length)
        {
            return SqlText.Substring(span.Start, span.Length);
        }
        return null;
    }
}
