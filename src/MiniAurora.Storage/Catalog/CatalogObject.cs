namespace MiniAurora.Storage.Catalog;

/// <summary>
/// A generic named catalog object kept as its CREATE text (routines, triggers, events, accounts, grants,
/// cluster parameters). Higher layers re-parse the text on load (ARCHITECTURE.md B4, B9.5), so storage
/// needs no knowledge of their structure. Identity is (<see cref="Kind"/>, <see cref="Schema"/>, <see cref="Name"/>).
/// </summary>
/// <param name="Kind">What the object is.</param>
/// <param name="Schema">Owning database, or <c>""</c> for global objects (accounts, grants, parameters).</param>
/// <param name="Name">Name, unique per (kind, schema). Triggers are unique per schema as in MySQL.</param>
/// <param name="CreateText">The full CREATE (or GRANT, or value) text.</param>
public sealed record CatalogObject(CatalogObjectKind Kind, string Schema, string Name, string CreateText)
{
    /// <summary>For triggers: the table the trigger belongs to. Null otherwise.</summary>
    public string? Table { get; init; }

    /// <summary>DEFINER as <c>`user`@`host`</c>, or null.</summary>
    public string? Definer { get; init; }

    /// <summary>sql_mode in effect at creation (routines and triggers run with it).</summary>
    public string SqlMode { get; init; } = "";

    /// <summary>Creation order within its kind: trigger order (FOLLOWS/PRECEDES rewrite it), SHOW order.</summary>
    public long Order { get; init; }

    /// <summary>Created (UTC).</summary>
    public DateTime Created { get; init; }

    /// <summary>Last altered (UTC).</summary>
    public DateTime Modified { get; init; }

    /// <summary>Free-form extra metadata a higher layer wants kept with the object (e.g. JSON), or null.</summary>
    public string? Metadata { get; init; }
}
