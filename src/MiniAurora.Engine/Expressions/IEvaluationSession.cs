using MiniAurora.Core.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>What builtins may read from the running session (implemented by <c>Session</c>).</summary>
internal interface IEvaluationSession
{
    string? CurrentDatabase { get; }

    string User { get; }

    string Host { get; }

    ulong ConnectionId { get; }

    ulong LastInsertId { get; set; }

    long LastRowCount { get; }

    long LastFoundRows { get; }

    string ServerVersion { get; }

    SqlValue GetUserVariable(string name);

    void SetUserVariable(string name, SqlValue value);

    /// <summary>Reads a system variable (session scope unless <paramref name="global"/>); throws 1193 if unknown.</summary>
    SqlValue GetSystemVariable(string name, bool global);
}
