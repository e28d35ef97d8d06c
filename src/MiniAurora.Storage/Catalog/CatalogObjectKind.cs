namespace MiniAurora.Storage.Catalog;

/// <summary>
/// Kinds of generic catalog objects. Persisted in the log: values are explicit and append-only
/// (never renumber; add new kinds at the end of their group).
/// </summary>
public enum CatalogObjectKind : short
{
    /// <summary>A stored procedure (CREATE PROCEDURE text).</summary>
    Procedure = 1,
    /// <summary>A stored function (CREATE FUNCTION text).</summary>
    Function = 2,
    /// <summary>A trigger (CREATE TRIGGER text; <see cref="CatalogObject.Table"/> names its table).</summary>
    Trigger = 3,
    /// <summary>A scheduled event (CREATE EVENT text).</summary>
    Event = 4,

    /// <summary>An account (<c>CREATE USER</c> text with the plugin's hash: <c>IDENTIFIED WITH p AS 'hash'</c>).</summary>
    Account = 20,

    /// <summary>A role (MySQL roles are accounts that cannot log in).</summary>
    Role = 21,

    /// <summary>One grant, as GRANT text; Name is a key the security layer chooses (e.g. grantee + level).</summary>
    Grant = 22,

    /// <summary>A role edge (GRANT role TO user) or default-role setting, as text.</summary>
    RoleGrant = 23,

    /// <summary>A persisted cluster parameter (<c>SET PERSIST</c> or parameter-group state): Name = variable, CreateText = value.</summary>
    ClusterParameter = 40,

    /// <summary>Anything else a higher layer needs to keep durably; Name must be unique within Schema.</summary>
    Other = 100,
}
