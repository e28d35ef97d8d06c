using MiniAurora.Core.Errors;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Values;

namespace MiniAurora.Engine.Expressions;

/// <summary>
/// Everything an expression may read while it is evaluated: the current row, the statement's
/// parameters, the session and the statement's start time. One instance per session, reset per
/// statement, so evaluation allocates nothing for context.
/// </summary>
internal sealed class EvaluationContext
{
    private readonly List<SqlWarning> _warnings = [];

    public EvaluationContext(IEvaluationSession session)
    {
        Session = session;
    }

    public IEvaluationSession Session { get; }

    /// <summary>The row expressions read columns from; operators set it before evaluating.</summary>
    public SqlValue[] Row { get; set; } = [];

    public ReadOnlyMemory<SqlValue> Parameters { get; set; }

    /// <summary>Rows of enclosing queries while a correlated subquery runs (innermost last).</summary>
    public List<SqlValue[]> OuterRows { get; } = [];

    /// <summary>The running statement's query context (subqueries open their plans with it).</summary>
    public object? Query { get; set; }

    public SqlMode Mode { get; set; }

    public bool Strict => SqlModes.IsStrict(Mode);

    /// <summary>Statement start time in the session time zone (NOW() is constant within a statement).</summary>
    public DateTime StatementTime { get; set; }

    public DateTime StatementUtcTime { get; set; }

    /// <summary>Row number (1-based) for warnings such as "at row %ld".</summary>
    public long RowNumber { get; set; } = 1;

    /// <summary>When set, a conversion warning becomes an error (strict-mode INSERT/UPDATE of a column).</summary>
    public bool WarningsAsErrors { get; set; }

    public int MaxWarnings { get; set; } = 64;

    public IReadOnlyList<SqlWarning> Warnings => _warnings;

    public int WarningCount { get; private set; }

    public Random Random { get; set; } = new();

    public void AddWarning(SqlWarning warning)
    {
        WarningCount++;
        if (_warnings.Count < MaxWarnings)
        {
            _warnings.Add(warning);
        }
    }

    public void ClearWarnings()
    {
        _warnings.Clear();
        WarningCount = 0;
    }

    /// <summary>Records a warning, or throws it as an error while <see cref="WarningsAsErrors"/> is set (strict DML).</summary>
    public void Warn(ErrorCode code, params object?[] args)
    {
        var info = MySqlErrorInfo.Of(code);
        if (WarningsAsErrors)
        {
            throw info.Exception(args);
        }
        AddWarning(info.Warning(args));
    }
}
