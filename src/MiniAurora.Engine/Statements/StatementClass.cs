namespace MiniAurora.Engine.Statements;

internal enum StatementClass
{
    /// <summary>Reads or writes rows: runs inside the session transaction (or its own, under autocommit).</summary>
    Data,

    /// <summary>Session, transaction-control and DDL statements: manage transactions themselves.</summary>
    Control,
}
