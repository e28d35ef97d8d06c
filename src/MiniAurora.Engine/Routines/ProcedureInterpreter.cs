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
        int pc = 0;
        while (pc < code.Count)
        {
            ct.ThrowIfCancellationRequested();
            var instruction = code[pc];
            switch (instruction)
            {
                case ExecInstruction exec:
                    {
                        var resolver = Resolver(exec.Scope);
                        var compiled = StatementCompiler.Compile(_session, exec.Statement, exec.Text, 0, resolver);
                        if (RunInsideStatement)
                        {
                            var inner = new QueryContext(_session, ctx.Transaction, _session.Engine.Storage.Catalog, ctx.Eval) { CancellationToken = ct };
                            ctx.Eval.Query = inner;
                            ctx.Eval.Parameters = ReadOnlyMemory<SqlValue>.Empty;
                            var ok = await compiled.ExecuteAsync(inner, forward, true, ct).ConfigureAwait(false);
                            if (ok is { } innerOk)
                            {
                                await forward.WriteOkAsync(innerOk, true, ct).ConfigureAwait(false);
                            }
                        }
                        else
                        {
                            await _session.RunAsync(compiled, forward, true, ReadOnlyMemory<SqlValue>.Empty, ct).ConfigureAwait(false);
                        }
                        pc++;
                        break;
                    }
                case SetLocalInstruction set:
                    SetSlot(set.Slot, set.Value is null ? SqlValue.Null : Evaluate(set.Value, set.Scope, ctx), ctx.Eval);
                    pc++;
                    break;
                case SetUserInstruction user:
                    _session.SetUserVariable(user.Name, Evaluate(user.Value, user.Scope, ctx));
                    pc++;
                    break;
                case JumpInstruction jump:
                    pc = jump.Target;
                    break;
                case JumpIfNotInstruction test:
                    pc = ValueConversion.Truth(Evaluate(test.Condition, test.Scope, ctx), ctx.Eval) == 1 ? pc + 1 : test.Target;
                    break;
                case RaiseCaseNotFoundInstruction:
                    throw MySqlErrors.SpCaseNotFound();
                default:
                    throw new InvalidOperationException("unknown instruction " + instruction.GetType().Name);
            }
        }
        return forward.LastAffectedRows;
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
