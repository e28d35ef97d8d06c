using System.Collections.Concurrent;
using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Sessions.Variables;

/// <summary>
/// The server's global system variables (SET GLOBAL, SHOW GLOBAL VARIABLES, and the initial values of
/// every new session). Thread-safe. Command-line/defaults-file overrides are applied at engine start.
/// </summary>
public sealed class GlobalVariables
{
    private readonly ConcurrentDictionary<string, SqlValue> _values = new(StringComparer.OrdinalIgnoreCase);

    internal GlobalVariables(string serverVersion, IReadOnlyDictionary<string, string>? overrides)
    {
        foreach (var def in SystemVariableTable.All.Values)
        {
            if ((def.Scope & VariableScope.Global) != 0)
            {
                _values[def.Name] = VariableValues.ParseDefault(def, def.Default);
            }
        }
        _values["version"] = SqlValue.FromString(serverVersion);
        if (overrides is not null)
        {
            foreach (var (name, value) in overrides)
            {
                var key = name.Replace('-', '_');
                if (SystemVariableTable.All.TryGetValue(key, out var def) && (def.Scope & VariableScope.Global) != 0)
                {
                    _values[def.Name] = VariableValues.Normalize(def, SqlValue.FromString(value), null);
                }
            }
        }
    }

    /// <summary>Raised after SET GLOBAL changes a variable (the server reacts to max_connections, wait_timeout...).</summary>
    public event Action<string, string>? Changed;

    /// <summary>The SHOW GLOBAL VARIABLES text of a variable, or null if unknown or session-only.</summary>
    public string? Get(string name)
    {
        if (!SystemVariableTable.All.TryGetValue(name, out var def) || !_values.TryGetValue(def.Name, out var value))
        {
            return null;
        }
        return VariableValues.Display(def, value);
    }

    /// <summary>Sets a global from configuration text (bypasses the read-only check; for the composition root).</summary>
    public void SetFromConfiguration(string name, string value)
    {
        if (!SystemVariableTable.All.TryGetValue(name.Replace('-', '_'), out var def) || (def.Scope & VariableScope.Global) == 0)
        {
            throw MySqlErrors.UnknownSystemVariable(name);
        }
        _values[def.Name] = VariableValues.Normalize(def, SqlValue.FromString(value), null);
    }

    internal SqlValue GetValue(SystemVariableDefinition def) => _values.TryGetValue(def.Name, out var v) ? v : VariableValues.ParseDefault(def, def.Default);

    internal void SetValue(SystemVariableDefinition def, SqlValue value)
    {
        _values[def.Name] = value;
        if (def.Name is "transaction_isolation" or "tx_isolation")
        {
            _values["transaction_isolation"] = value;
            _values["tx_isolation"] = value;
        }
        if (def.Name is "transaction_read_only" or "tx_read_only")
        {
            _values["transaction_read_only"] = value;
            _values["tx_read_only"] = value;
        }
        Changed?.Invoke(def.Name, VariableValues.Display(def, value));
    }

    internal IEnumerable<(SystemVariableDefinition Def, SqlValue Value)> Snapshot()
    {
        foreach (var def in SystemVariableTable.All.Values)
        {
            if (_values.TryGetValue(def.Name, out var v))
            {
                yield return (def, v);
            }
        }
    }

    internal SqlMode DefaultSqlMode => SqlModes.TryParse(ValueConversion.ToText(_values["sql_mode"]), out var m, out _) ? m : SqlMode.None;
}
