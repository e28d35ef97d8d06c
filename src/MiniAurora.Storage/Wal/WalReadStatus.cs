namespace MiniAurora.Storage.Wal;

/// <summary>Outcome of reading one framed record.</summary>
internal enum WalReadStatus
{
    Record,

    /// <summary>Clean end of file.</summary>
    End,

    /// <summary>An incomplete last record: a write interrupted by a crash.</summary>
    TornTail,

    /// <summary>Damage that a crash cannot explain (see <see cref="WalFileReader.Problem"/>).</summary>
    Corrupt,
}
