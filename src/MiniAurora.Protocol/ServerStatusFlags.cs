namespace MiniAurora.Protocol;

/// <summary>The status flags carried by OK and EOF packets (SERVER_STATUS_* in mysql_com.h).</summary>
[Flags]
public enum ServerStatusFlags : ushort
{
    None = 0,
    InTransaction = 1,
    Autocommit = 2,
    MoreResultsExist = 8,
    NoGoodIndexUsed = 16,
    NoIndexUsed = 32,
    CursorExists = 64,
    LastRowSent = 128,
    DbDropped = 256,
    NoBackslashEscapes = 512,
    MetadataChanged = 1024,
    QueryWasSlow = 2048,
    PsOutParams = 4096,
    InTransactionReadOnly = 8192,
    SessionStateChanged = 16384,
}
