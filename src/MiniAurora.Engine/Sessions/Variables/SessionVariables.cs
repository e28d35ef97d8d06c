using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Sessions.Variables;

/// <summary>
/// One session's system variables, initialised from the globals at connect (and at COM_RESET_CONNECTION).
/// Hot values (autocommit, sql_mode, max_allowed_packet...) are cached in fields the session reads per statement.
/// </summary>
internal sealed class SessionVariables
{
    private readonly Dictionary<string, SqlValue> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly GlobalVariables _globals;

    public SessionVariables(GlobalVariables globals)
    {
        _globals = globals;
        Reset();
    }

    public SqlMode Mode { get; private set; }

    public bool Autocommit { get; private set; } = true;

    public void Reset()
    {
        _values.Clear();
        foreach (var def in SystemVariableTable.All.Values)
        {
            if ((def.Scope & VariableScope.Session) != 0)
            {
                _values[def.Name] = (def.Scope & VariableScope.Global) != 0 ? _globals.GetValue(def) : VariableValues.ParseDefault(def, def.Default);
            }
        }
        Refresh(null);
    }

    public SqlValue Get(SystemVariableDefinition def) => _values.TryGetValue(def.Name, out var v) ? v : _globals.GetValue(def);

    public void Set(SystemVariableDefinition def, SqlValue value)
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
        Refresh(def.Name);
    }

    public long GetInt(string name) => _values.TryGetValue(name, out var v) && !v.IsNull ? ValueConversion.ToInt64(v, null) : 0;

    public string GetText(string name) => _values.TryGetValue(name, out var v) && !v.IsNull ? ValueConversion.ToText(v) : "";

    public IEnumerable<(SystemVariableDefinition Def, SqlValue Value)> Snapshot()
    {
        foreach (var def in SystemVariableTable.All.Values)
        {
            if ((def.Scope & VariableScope.Session) != 0)
            {
                yield return (def, Get(def));
            }
            else
            {
                yield return (def, _globals.GetValue(def));
            }
        }
    }

    private void Refresh(string? changed)
    {
        if (changed is null or "sql_mode")
        {
            Mode = SqlModes.TryParse(GetText("sql_mode"), out var m, out _) ? m : SqlMode.None;
        }
        if (changed is null or "autocommit")
        {
            Autocommit = GetInt("autocommit") != 0;
        }
    }
}
