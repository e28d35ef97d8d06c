namespace MiniAurora.Storage;

/// <summary>
/// Thrown by <see cref="InMemory.InMemoryStorageEngine.OpenAsync"/> when the data directory holds damaged
/// data that is not a torn log tail. The server must refuse to start and print <see cref="Exception.Message"/>,
/// which names the file and byte offset. Never caught inside storage.
/// </summary>
public sealed class StorageCorruptException : Exception
{
    public StorageCorruptException(string filePath, long offset, string problem)
        : base($"Storage corruption in '{filePath}' at offset {offset}: {problem}. Refusing to start; restore the data directory from a backup or move the damaged file away.")
    {
        FilePath = filePath;
        Offset = offset;
    }

    public string FilePath { get; }

    public long Offset { get; }
}
