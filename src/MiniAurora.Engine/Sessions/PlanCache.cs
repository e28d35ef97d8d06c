using System.Collections.Concurrent;
using MiniAurora.Engine.Statements;

namespace MiniAurora.Engine.Sessions;

/// <summary>
/// Compiled statements by (current database, statement text), shared by all sessions (issue #3 item 5).
/// An entry is valid only for the catalog version it was compiled against. Bounded: cleared when full.
/// </summary>
internal sealed class PlanCache
{
    private const int Capacity = 4096;
    private readonly ConcurrentDictionary<(string? Database, string Sql), CompiledStatement> _entries = new();

    public bool TryGet(string? database, string sql, long catalogVersion, out CompiledStatement statement)
    {
        if (_entries.TryGetValue((database, sql), out statement!) && statement.CatalogVersion == catalogVersion)
        {
            return true;
        }
        statement = null!;
        return false;
    }

    public void Add(string? database, string sql, CompiledStatement statement)
    {
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
        _entries[(database, sql)] = statement;
    }
}
