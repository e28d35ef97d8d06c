using MiniAurora.Core.Errors;
using MiniAurora.Core.Results;
using MiniAurora.Core.Values;
using MiniAurora.Engine.Binding;
using MiniAurora.Engine.Execution;
using MiniAurora.Engine.Expressions;
using MiniAurora.Engine.Statements;
using MiniAurora.Engine.Values;
using MiniAurora.Sql.Ast;

namespace MiniAurora.Engine.Routines;

/// <summary>
/// Runs a <see cref="CompiledRoutine"/>'s instructions for one CALL. Locals live in hidden session user variables
/// named per frame (<c>\u0001sp&lt;frame&gt;#&lt;slot&gt;</c>), so every existing statement path (SELECT … INTO, DML,
/// expressions) reads and writes them through the binder's <see cref="Binder.LocalResolver"/> with no new plumbing;
/// the frame removes them on exit. Inner statements run through <see cref="Session.RunAsync"/>, so each keeps
/// MySQL's per-statement autocommit and rollback rules.
/// </summary>
internal sealed class ProcedureInterpreter
{
    private static long s_nextFrame;

    private readonly CompiledRoutine _routine;
    private readonly Session _session;
    private readonly string _prefix;

    public ProcedureInterpreter(CompiledRoutine routine, Session session)
    {
        _routine = routine;
        _session = session;
        _prefix = "\u0001sp" + Interlocked.Increment(ref s_nextFrame).ToString(System.Globalization.CultureInfo.InvariantCulture) + "#";
    }

    /// <summary>
    /// Trigger mode: inner statements run inside the firing statement's transaction and statement (no
    /// per-statement autocommit of their own), so a trigger error rolls back the whole triggering statement.
    /// </summary>
    public bool RunInsideStatement { get; init; }

    /// <summary>The hidden user variable holding <paramref name="slot"/>.</summary>
    public string SlotVariable(int slot) => _prefix + slot.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stores a value in a slot, converted to the slot's declared type.</summary>
    public void SetSlot(int slot, SqlValue value, EvaluationContext eval) =>
        _session.SetUserVariable(SlotVariable(slot), value.IsNull ? SqlValue.Null : ValueCoercion.To(value, _routine.SlotTypes[slot], eval));

    public SqlValue GetSlot(int slot) => _session.GetUserVariable(SlotVariable(slot));

    /// <summary>Drops the frame's locals.</summary>
    public void Release()
    {
        for (int i = 0; i < _routine.SlotTypes.Count; i++)
        {
            _session.RemoveUserVariable(SlotVariable(i));
        }
    }

    /// <summary>Runs the body; returns the affected rows of the last statement that answered OK.</summary>
    public async ValueTask<ulong> RunAsync(QueryContext ctx, IResultSink sink, CancellationToken ct)
    {
        var forward = new ForwardingSink(sink);
        var code = _routine.Code;
        var cursors = new CursorState?[_routine.CursorCount];
        var active = new Stack<(HandlerEntry Handler, int Resume, MiniAuroraException Error)>();
        int pc = 0;
        while (pc < code.Count)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                pc = await StepAsync(code[pc], pc, ctx, forward, cursors, active, ct).ConfigureAwait(false);
            }
            catch (MiniAuroraException e) when (FindHandler(pc, e) is { } handler)
            {
                active.Push((handler, pc + 1, e));
                pc = handler.BodyStart;
            }
        }
        return forward.LastAffectedRows;
    }

    private HandlerEntry? FindHandler(int pc, MiniAuroraException e)
    {
        HandlerEntry? best = null;
        int bestRank = -1;
        foreach (var h in _routine.Handlers)
        {
            if (pc < h.RangeStart || pc >= h.RangeEnd)
            {
                continue;
            }
            int rank = h.Match(e);
            if (rank < 0)
            {
                continue;
            }
            // Innermost block first (a later RangeStart inside an earlier range), then the most specific condition.
            if (best is null || h.RangeStart > best.RangeStart || (h.RangeStart == best.RangeStart && rank > bestRank))
            {
                best = h;
                bestRank = rank;
            }
        }
        return best;
    }

    private async ValueTask<int> StepAsync(Instruction instruction, int pc, QueryContext ctx, ForwardingSink forward, CursorState?[] cursors,
        Stack<(HandlerEntry Handler, int Resume, MiniAuroraException Error)> active, CancellationToken ct)
    {
            switch (instruction)
            {
                case HandlerEndInstruction end:
                    {
                        var (handler, resume, _) = active.Pop();
                        return handler.Action == Sql.Ast.Compound.HandlerAction.Continue ? resume : handler.ExitTarget;
                    }
                case SignalInstruction signal:
                    Signal(signal, ctx, active.Count > 0 ? active.Peek().Error : null);
                    return pc + 1;
                case OpenCursorInstruction open:
                    {
                        if (cursors[open.Cursor] is not null)
                        {
                            throw MySqlErrors.SpCursorAlreadyOpen();
                        }
                        var collect = new CollectingSink(ctx.Session);
                        var compiled = StatementCompiler.Compile(_session, new Sql.Ast.Statements.SelectStatement(open.Query), "", 0, Resolver(open.Scope));
                        await ExecuteAsync(compiled, ctx, collect, ct).ConfigureAwait(false);
                        cursors[open.Cursor] = new CursorState(collect.Rows);
                        return pc + 1;
                    }
                case FetchCursorInstruction fetch:
                    {
                        var cursor = cursors[fetch.Cursor] ?? throw MySqlErrors.SpCursorNotOpen();
                        if (cursor.Position >= cursor.Rows.Count)
                        {
                            throw MySqlErrors.SpFetchNoData();
                        }
                        var row = cursor.Rows[cursor.Position++];
                        if (row.Length != fetch.Slots.Length)
                        {
                            throw MySqlErrors.SpWrongNoOfFetchArgs();
                        }
                        for (int i = 0; i < row.Length; i++)
                        {
                            SetSlot(fetch.Slots[i], row[i], ctx.Eval);
                        }
                        return pc + 1;
                    }
                case CloseCursorInstruction close:
                    if (cursors[close.Cursor] is null)
                    {
                        throw MySqlErrors.SpCursorNotOpen();
                    }
                    cursors[close.Cursor] = null;
                    return pc + 1;
                case ExecInstruction exec:
                    {
                        var compiled = StatementCompiler.Compile(_session, exec.Statement, exec.Text, 0, Resolver(exec.Scope));
                        await ExecuteAsync(compiled, ctx, forward, ct).ConfigureAwait(false);
                        return pc + 1;
                    }
                case SetLocalInstruction set:
                    SetSlot(set.Slot, set.Value is null ? SqlValue.Null : Evaluate(set.Value, set.Scope, ctx), ctx.Eval);
                    return pc + 1;
                case SetUserInstruction user:
                    _session.SetUserVariable(user.Name, Evaluate(user.Value, user.Scope, ctx));
                    return pc + 1;
                case JumpInstruction jump:
                    return jump.Target;
                case JumpIfNotInstruction test:
                    return ValueConversion.Truth(Evaluate(test.Condition, test.Scope, ctx), ctx.Eval) == 1 ? pc + 1 : test.Target;
                case RaiseCaseNotFoundInstruction:
                    throw MySqlErrors.SpCaseNotFound();
                default:
                    throw new InvalidOperationException("unknown instruction " + instruction.GetType().Name);
            }
    }

    private async ValueTask ExecuteAsync(CompiledStatement compiled, QueryContext ctx, IResultSink sink, CancellationToken ct)
    {
        if (RunInsideStatement)
        {
            var inner = new QueryContext(_session, ctx.Transaction, _session.Engine.Storage.Catalog, ctx.Eval) { CancellationToken = ct };
            ctx.Eval.Query = inner;
            ctx.Eval.Parameters = ReadOnlyMemory<SqlValue>.Empty;
            var ok = await compiled.ExecuteAsync(inner, sink, true, ct).ConfigureAwait(false);
            if (ok is { } innerOk)
            {
                await sink.WriteOkAsync(innerOk, true, ct).ConfigureAwait(false);
            }
        }
        else
        {
            await _session.RunAsync(compiled, sink, true, ReadOnlyMemory<SqlValue>.Empty, ct).ConfigureAwait(false);
        }
    }

    private void Signal(SignalInstruction signal, QueryContext ctx, MiniAuroraException? handled)
    {
        if (signal.Resignal && handled is null)
        {
            throw MySqlErrors.ResignalWithoutActiveHandler();
        }
        string sqlState;
        if (signal.Condition is { } c)
        {
            if (c.Kind != Sql.Ast.Compound.ConditionKind.SqlState || c.SqlState is null)
            {
                throw MySqlErrors.SignalBadConditionType();
            }
            sqlState = c.SqlState;
        }
        else
        {
            sqlState = handled!.SqlState;
        }
        string cls = sqlState.Length >= 2 ? sqlState[..2] : "";
        var (defaultCode, defaultText) = cls switch
        {
            "01" => (ErrorCode.ER_SIGNAL_WARN, "Unhandled user-defined warning condition"),
            "02" => (ErrorCode.ER_SIGNAL_NOT_FOUND, "Unhandled user-defined not found condition"),
            _ => (ErrorCode.ER_SIGNAL_EXCEPTION, "Unhandled user-defined exception condition"),
        };
        if (signal.Condition is null && handled is not null)
        {
            defaultCode = handled.Code;
            defaultText = handled.Message;
        }
        int number = (int)defaultCode;
        string message = defaultText;
        foreach (var item in signal.Items)
        {
            var v = Evaluate(item.Value, signal.Scope, ctx);
            switch (item.Name.ToUpperInvariant())
            {
                case "MESSAGE_TEXT":
                    message = ValueConversion.ToText(v);
                    break;
                case "MYSQL_ERRNO":
                    number = (int)ValueConversion.ToInt64(v, ctx.Eval);
                    break;
            }
        }
        if (cls == "01")
        {
            ctx.Eval.AddWarning(new SqlWarning(SqlWarningLevel.Warning, (ErrorCode)number, message));
            return;
        }
        throw MiniAuroraException.FromSignal(number, sqlState, message);
    }

    private sealed class CursorState(List<SqlValue[]> rows)
    {
        public List<SqlValue[]> Rows { get; } = rows;

        public int Position { get; set; }
    }

    /// <summary>Buffers a cursor query's rows.</summary>
    private sealed class CollectingSink(IStatementStatus status) : IResultSink
    {
        public List<SqlValue[]> Rows { get; } = [];

        public IStatementStatus Status => status;

        public void StartResultSet(IReadOnlyList<ResultColumn> columns)
        {
        }

        public void WriteRow(ReadOnlySpan<SqlValue> row) => Rows.Add(row.ToArray());

        public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask EndResultSetAsync(bool moreResults, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask WriteOkAsync(OkResult ok, bool moreResults, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    /// <summary>Maps local names visible in <paramref name="scope"/> to this frame's hidden variables.</summary>
    public Func<string, string?> Resolver(System.Collections.Immutable.ImmutableDictionary<string, int> scope) =>
        name => scope.TryGetValue(name, out int slot) ? SlotVariable(slot) : null;

    private SqlValue Evaluate(Expression expression, System.Collections.Immutable.ImmutableDictionary<string, int> scope, QueryContext ctx)
    {
        var binder = new Binder(_session.Engine, _session.Engine.Storage.Catalog, _session.CurrentDatabase, "") { LocalResolver = Resolver(scope) };
        return binder.Bind(expression, null, "field list").Evaluate(ctx.Eval);
    }
}
