using System.Collections.Immutable;

namespace MiniAurora.Storage.Catalog;

/// <summary>
/// An immutable picture of the whole catalog. Storage swaps in a new snapshot atomically after each
/// DDL batch; a statement takes one snapshot (<see cref="IStorageEngine.Catalog"/>) at its start and uses
/// only that (ARCHITECTURE.md B3). Database and table name comparison follows
/// <see cref="StorageOptions.LowerCaseTableNames"/> (case-sensitive by default, as MySQL on Linux);
/// routine, trigger and view lookups follow the same rule for their schema and name.
/// </summary>
public sealed class CatalogSnapshot
{
    private readonly ImmutableDictionary<string, DatabaseDef> _databases;
    private readonly ImmutableDictionary<(string Schema, string Name), TableDef> _tables;
    private readonly ImmutableDictionary<long, TableDef> _tablesById;
    private readonly ImmutableDictionary<(string Schema, string Name), ViewDef> _views;
    private readonly ImmutableDictionary<(CatalogObjectKind Kind, string Schema, string Name), CatalogObject> _objects;

    internal CatalogSnapshot(
        long version,
        ImmutableDictionary<string, DatabaseDef> databases,
        ImmutableDictionary<(string, string), TableDef> tables,
        ImmutableDictionary<long, TableDef> tablesById,
        ImmutableDictionary<(string, string), ViewDef> views,
        ImmutableDictionary<(CatalogObjectKind, string, string), CatalogObject> objects)
    {
        Version = version;
        _databases = databases;
        _tables = tables;
        _tablesById = tablesById;
        _views = views;
        _objects = objects;
    }

    /// <summary>Increases by one with every applied DDL batch; plan caches can key on it.</summary>
    public long Version { get; }

    /// <summary>All databases.</summary>
    public IEnumerable<DatabaseDef> Databases => _databases.Values;

    /// <summary>All tables of all databases.</summary>
    public IEnumerable<TableDef> AllTables => _tablesById.Values;

    /// <summary>All views of all databases.</summary>
    public IEnumerable<ViewDef> AllViews => _views.Values;

    /// <summary>A database by name.</summary>
    public bool TryGetDatabase(string name, out DatabaseDef database) => _databases.TryGetValue(name, out database!);

    /// <summary>A base table by schema and name (views are separate: <see cref="TryGetView"/>).</summary>
    public bool TryGetTable(string schema, string name, out TableDef table) => _tables.TryGetValue((schema, name), out table!);

    /// <summary>A table by its storage id (ids survive RENAME TABLE).</summary>
    public bool TryGetTable(long id, out TableDef table) => _tablesById.TryGetValue(id, out table!);

    /// <summary>A view by schema and name.</summary>
    public bool TryGetView(string schema, string name, out ViewDef view) => _views.TryGetValue((schema, name), out view!);

    /// <summary>A generic object; <paramref name="schema"/> is <c>""</c> for global kinds.</summary>
    public bool TryGetObject(CatalogObjectKind kind, string schema, string name, out CatalogObject value) =>
        _objects.TryGetValue((kind, schema, name), out value!);

    /// <summary>Tables of one database (unordered; callers sort for SHOW).</summary>
    public IEnumerable<TableDef> GetTables(string schema)
    {
        var comparer = _databases.KeyComparer;
        foreach (var table in _tablesById.Values)
        {
            if (comparer.Equals(table.Schema, schema))
            {
                yield return table;
            }
        }
    }

    /// <summary>Views of one database (unordered).</summary>
    public IEnumerable<ViewDef> GetViews(string schema)
    {
        var comparer = _databases.KeyComparer;
        foreach (var view in _views.Values)
        {
            if (comparer.Equals(view.Schema, schema))
            {
                yield return view;
            }
        }
    }

    /// <summary>Objects of one kind, optionally limited to one schema, in <see cref="CatalogObject.Order"/>.</summary>
    public IEnumerable<CatalogObject> GetObjects(CatalogObjectKind kind, string? schema = null)
    {
        var comparer = _databases.KeyComparer;
        return _objects.Values
            .Where(o => o.Kind == kind && (schema is null || comparer.Equals(o.Schema, schema)))
            .OrderBy(o => o.Order);
    }

    internal ImmutableDictionary<string, DatabaseDef> DatabaseMap => _databases;

    internal ImmutableDictionary<(string Schema, string Name), TableDef> TableMap => _tables;

    internal ImmutableDictionary<long, TableDef> TableIdMap => _tablesById;

    internal ImmutableDictionary<(string Schema, string Name), ViewDef> ViewMap => _views;

    internal ImmutableDictionary<(CatalogObjectKind Kind, string Schema, string Name), CatalogObject> ObjectMap => _objects;
}
