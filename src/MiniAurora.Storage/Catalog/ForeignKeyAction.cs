namespace MiniAurora.Storage.Catalog;

/// <summary>Referential action of a foreign key. Persisted: explicit, append-only values.</summary>
public enum ForeignKeyAction : byte
{
    /// <summary>NO ACTION (checked like RESTRICT in InnoDB).</summary>
    NoAction = 1,
    /// <summary>RESTRICT.</summary>
    Restrict = 2,
    /// <summary>CASCADE.</summary>
    Cascade = 3,
    /// <summary>SET NULL.</summary>
    SetNull = 4,
    /// <summary>SET DEFAULT (parsed by MySQL, rejected by InnoDB).</summary>
    SetDefault = 5,
}
