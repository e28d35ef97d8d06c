using MiniAurora.Core.Values;
using MiniAurora.Engine.Expressions;

namespace MiniAurora.Engine.Sessions;

/// <summary>A session stand-in for evaluating DEFAULT expressions and tests without a connection.</summary>
internal sealed class NullSession : IEvaluationSession
{
    public static NullSession Instance { get; } = new();

    public string? CurrentDatabase => null;

    public string User => "";

    public string Host => "";

    public ulong ConnectionId => 0;

    public ulong LastInsertId { get; set; }

    public long LastRowCount => -1;

    public long LastFoundRows => 0;

    public string ServerVersion => "8.0.39-MiniAurora";

    public SqlValue GetUserVariable(string name) => SqlValue.Null;

    public void SetUserVariable(string name, SqlValue value)
    {
    }

    public SqlValue GetSystemVariable(string name, bool global) => SqlValue.Null;
}
