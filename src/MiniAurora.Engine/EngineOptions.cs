namespace MiniAurora.Engine;

/// <summary>How the server opens the engine (composition root → <see cref="EngineInstance.OpenAsync"/>).</summary>
public sealed record EngineOptions
{
    /// <summary>Data directory for storage (log, snapshots). Null: purely in memory (tests).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>What VERSION() and @@version report.</summary>
    public string ServerVersion { get; init; } = "8.0.39-MiniAurora";

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Initial global variables from the command line / defaults file (mysqld names; '-' and '_' both accepted).</summary>
    public IReadOnlyDictionary<string, string> GlobalVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>Receives storage recovery/checkpoint messages. Null: silent.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>For tests: use this storage engine instead of opening one on <see cref="DataDirectory"/>.</summary>
    public Storage.IStorageEngine? Storage { get; init; }
}
