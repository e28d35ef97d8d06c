namespace MiniAurora.Storage.Catalog;

/// <summary>Kind of an index. Persisted in the log: values are explicit and append-only.</summary>
public enum IndexKind : byte
{
    /// <summary>The clustered primary key (rows are ordered by it). Key columns are NOT NULL.</summary>
    Primary = 1,

    /// <summary>UNIQUE: no two rows with equal non-NULL keys; any number of keys containing NULL (as MySQL).</summary>
    Unique = 2,

    /// <summary>Plain KEY/INDEX.</summary>
    NonUnique = 3,

    /// <summary>FULLTEXT: accepted and kept in the catalog; maintained as a non-unique ordered index.</summary>
    FullText = 4,

    /// <summary>SPATIAL: accepted and kept in the catalog; maintained as a non-unique ordered index.</summary>
    Spatial = 5,
}
