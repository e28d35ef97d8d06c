namespace MiniAurora.Core.Results;

/// <summary>Session state the protocol reports in OK/EOF packets (status flags, warning count).</summary>
public interface IStatementStatus
{
    bool InTransaction { get; }

    bool Autocommit { get; }

    int WarningCount { get; }

    /// <summary>Set after a statement changed the default database (for SESSION_TRACK); null if unchanged.</summary>
    string? ChangedSchema { get; }
}
